import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { composeEditPasses, composeFixPasses } from '../../../server/src/engine/fixes/compose-edits';
import type { ChosenFix } from '../../../server/src/engine/fixes/fix-all';
import type { TextEdit } from '../../../server/src/engine';
import { random } from '../../helpers/random';

function fix(ruleId: string, ...edits: TextEdit[]): ChosenFix {
  return { ruleId, category: 'pin', title: `fix of ${ruleId}`, edits };
}

function run(original: string, passes: ChosenFix[][]): string {
  let text = original;
  for (const pass of passes) {
    const result = applyEdits(text, pass.flatMap((f) => f.edits));
    assert.ok(result.ok);
    text = result.text;
  }
  return text;
}

describe('fixes/compose-edits', () => {
  it('maps later passes back to the original text, each edit keeping its own rule', () => {
    const original = 'import a\nval p = pinner()\nclient(p)\n';
    // Pass 1 (rule-a) drops the call's argument; pass 2 (rule-b) then removes the unused line and adds an import.
    const pass1 = [fix('rule-a', { start: original.indexOf('p)'), end: original.indexOf('p)') + 1, newText: '' })];
    const afterPass1 = run(original, [pass1]);
    const pass2 = [fix('rule-b', { start: afterPass1.indexOf('val'), end: afterPass1.indexOf('client'), newText: '' }, { start: 8, end: 8, newText: '\nimport sdk' })];
    const final = run(original, [pass1, pass2]);
    assert.equal(final, 'import a\nimport sdk\nclient()\n');
    const edits = composeFixPasses(original, { text: final, passes: [pass1, pass2] });
    assert.deepEqual(
      edits.map((e) => [original.slice(e.start, e.end), e.newText, e.ruleIds]),
      [['', '\nimport sdk', ['rule-b']], ['val p = pinner()\n', '', ['rule-b']], ['p', '', ['rule-a']]],
    );
    assert.equal((applyEdits(original, edits) as { text: string }).text, final);
  });

  it('merges a later edit that rewrites what an earlier one inserted, naming both rules', () => {
    const original = 'x = old()\n';
    const pass1 = [fix('rule-a', { start: 4, end: 9, newText: 'Sdk.client()' })];
    const pass2 = [fix('rule-b', { start: 8, end: 16, newText: 'approov()' })];
    const final = run(original, [pass1, pass2]);
    const edits = composeFixPasses(original, { text: final, passes: [pass1, pass2] });
    assert.deepEqual(edits, [{ start: 4, end: 9, newText: 'Sdk.approov()', ruleIds: ['rule-a', 'rule-b'] }]);
  });

  it('merges an insertion made where an earlier pass deleted text', () => {
    const original = 'abcdef';
    const pass1 = [fix('rule-a', { start: 2, end: 4, newText: '' })];
    const pass2 = [fix('rule-b', { start: 2, end: 2, newText: 'XY' })];
    const edits = composeFixPasses(original, { text: 'abXYef', passes: [pass1, pass2] });
    assert.deepEqual(edits, [{ start: 2, end: 4, newText: 'XY', ruleIds: ['rule-a', 'rule-b'] }]);
  });

  it('falls back to one edit naming every rule when the passes do not lead to the result', () => {
    const edits = composeFixPasses('abc', { text: 'aXc', passes: [[fix('rule-a', { start: 0, end: 1, newText: 'z' })]] });
    assert.deepEqual(edits, [{ start: 1, end: 2, newText: 'X', ruleIds: ['rule-a'] }]);
  });

  it('composes random passes into edits that give the same text (1000 cases)', () => {
    const next = random(42);
    const pick = (n: number): number => Math.floor(next() * n);
    for (let round = 0; round < 1000; round++) {
      const original = Array.from({ length: 5 + pick(40) }, () => 'ab\ncd '[pick(6)]).join('');
      const passes: ChosenFix[][] = [];
      let text = original;
      for (let p = 0, count = 1 + pick(4); p < count; p++) {
        // Edits of the current text as one pass may hold them: in order, never overlapping, possibly
        // touching, never two at one start.
        const pass: ChosenFix[] = [];
        let at = 0;
        let previousStart = -1;
        for (let e = 0; e < 4; e++) {
          const start = Math.max(at + pick(Math.max(1, text.length - at + 1)), previousStart + 1);
          if (start > text.length) break;
          const end = Math.min(text.length, start + pick(4));
          pass.push(fix(`r${p}-${e}`, { start, end, newText: ['', 'X', 'YZ\n'][pick(3)] }));
          at = end;
          previousStart = start;
        }
        const applied = applyEdits(text, pass.flatMap((f) => f.edits));
        assert.ok(applied.ok);
        passes.push(pass);
        text = applied.text;
      }
      const composed = composeEditPasses(original, passes);
      assert.ok(composed, `round ${round}: not composed`);
      const result = applyEdits(original, composed);
      assert.ok(result.ok, `round ${round}: ${!result.ok && result.reason}`);
      assert.equal(result.text, text, `round ${round}: ${JSON.stringify({ original, passes: passes.map((p) => p.flatMap((f) => f.edits)) })}`);
      for (const edit of composed) assert.ok(edit.ruleIds.length > 0);
    }
  });
});

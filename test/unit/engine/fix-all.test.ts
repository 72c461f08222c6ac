import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { fixAll, minimalEdit } from '../../../server/src/engine/fixes/fix-all';
import type { Finding } from '../../../server/src/engine';

function finding(start: number, end: number, newText: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'r', category: 'tls', severity: 'warning', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'm', fixable: true,
    offset: start, endOffset: end, fixes: [{ title: 't', edits: [{ start, end, newText }] }], ...extra,
  };
}

describe('fixes/apply-edits and fix-all', () => {
  it('applies edits in offset order and refuses overlapping or out-of-range edits', () => {
    assert.deepEqual(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]), { ok: true, text: 'AbcdEf' });
    assert.equal(applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]).ok, false);
    assert.equal(applyEdits('abc', [{ start: 2, end: 9, newText: '' }]).ok, false);
  });

  it('repeats passes until no finding is left, skipping overlaps within a pass', () => {
    // Each "x" is a finding replaced by "y"; the second pass fixes the one the first pass skipped.
    const scan = (text: string): Finding[] => {
      const found: Finding[] = [];
      for (let i = text.indexOf('x'); i >= 0; i = text.indexOf('x', i + 1)) found.push(finding(i, i + 1, 'y'), finding(i, i + 1, 'z'));
      return found;
    };
    const result = fixAll('axbx', scan);
    assert.equal(result.text, 'ayby');
    assert.equal(result.applied, 2);
    assert.deepEqual(result.passes.map((pass) => pass.map((fix) => fix.edits[0].start)), [[1, 3]], 'one pass fixed both; the second found nothing');
    assert.equal(fixAll('axbx', scan, (f) => f.offset > 1).text, 'axby');
  });

  it('never applies fixes that leave a step to the user or write other files', () => {
    const scan = (text: string): Finding[] => [{ ...finding(0, 1, 'y'), fixes: [{ title: 't', edits: [{ start: 0, end: 1, newText: 'y' }], followUp: 'register it' }] }].filter(() => text === 'x');
    assert.equal(fixAll('x', scan).applied, 0);
  });

  it('turns two texts into one minimal edit', () => {
    assert.deepEqual(minimalEdit('hello world', 'hello there world'), { start: 6, end: 6, newText: 'there ' });
    assert.equal(minimalEdit('same', 'same'), undefined);
    const edit = minimalEdit('aaa', 'aa')!;
    assert.equal(applyEdits('aaa', [edit]).ok && (applyEdits('aaa', [edit]) as { text: string }).text, 'aa');
  });
});

describe('fixes/text-ranges', () => {
  const { wholeLinesRange, indentationAt } = require('../../../server/src/engine/fixes/text-ranges') as typeof import('../../../server/src/engine/fixes/text-ranges');
  it('widens a removal to the lines the construct alone occupies, and only then', () => {
    const text = 'a\n    <pin-set>\n    </pin-set>\nb';
    const start = text.indexOf('<pin-set>');
    const end = text.indexOf('b') - 1;
    assert.deepEqual(wholeLinesRange(text, start, end), { start: 2, end: text.indexOf('b') });
    assert.deepEqual(wholeLinesRange('x = f(); g();\n', 9, 13), { start: 9, end: 13 });
    assert.deepEqual(wholeLinesRange('a\r\n  call();\r\nb', 5, 12), { start: 3, end: 14 });
    assert.equal(indentationAt('a\n\t  b', 5), '\t  ');
  });
});

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { unifiedDiff } from '../../../server/src/cli/unified-diff';
import type { TextEdit } from '../../../server/src/engine';

const LINES = Array.from({ length: 12 }, (_, i) => `line ${i + 1}\n`).join('');

function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
}

/** `git apply` of the diff to a file holding `original` must give the edited text. */
function gitApplies(original: string, edits: TextEdit[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ph-diff-'));
  try {
    writeFileSync(path.join(dir, 'F.kt'), original);
    const diff = unifiedDiff('F.kt', original, edits);
    const expected = applyEdits(original, edits);
    assert.ok(expected.ok);
    if (diff === '') return assert.equal(expected.text, original, 'an empty diff for a change');
    writeFileSync(path.join(dir, 'fix.patch'), diff);
    const run = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, `git apply failed: ${run.stderr}\n${diff}`);
    assert.equal(readFileSync(path.join(dir, 'F.kt'), 'utf8'), expected.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cli/unified-diff', () => {
  it('prints hunks with three lines of context, merging changes whose context meets', () => {
    const edits = [
      { start: at(LINES, 'line 2\n'), end: at(LINES, 'line 2\n') + 6, newText: 'LINE 2' },
      { start: at(LINES, 'line 4\n'), end: at(LINES, 'line 5\n'), newText: '' },
      { start: at(LINES, 'line 12'), end: at(LINES, 'line 12'), newText: 'added\n' },
    ];
    assert.equal(
      unifiedDiff('src/F.kt', LINES, edits),
      [
        '--- a/src/F.kt',
        '+++ b/src/F.kt',
        '@@ -1,7 +1,6 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        '-line 4',
        ' line 5',
        ' line 6',
        ' line 7',
        '@@ -9,4 +8,5 @@',
        ' line 9',
        ' line 10',
        ' line 11',
        '+added',
        ' line 12',
        '',
      ].join('\n'),
    );
    assert.equal(unifiedDiff('F.kt', LINES, []), '');
  });

  it('marks a last line without a line end, and keeps CRLF', () => {
    const text = 'a\r\nb\r\nc';
    const diff = unifiedDiff('F.kt', text, [{ start: 6, end: 7, newText: 'C' }]);
    assert.equal(diff, '--- a/F.kt\n+++ b/F.kt\n@@ -1,3 +1,3 @@\n a\r\n b\r\n-c\n\\ No newline at end of file\n+C\n\\ No newline at end of file\n');
    gitApplies(text, [{ start: 6, end: 7, newText: 'C' }]);
    gitApplies('a\r\nb\r\nc\r\n', [{ start: 3, end: 6, newText: 'B\r\nnew\r\n' }]);
  });

  it('is applied by git apply to give the fixed text (random edits)', function () {
    if (spawnSync('git', ['--version']).error) this.skip();
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    for (let round = 0; round < 25; round++) {
      const original = Array.from({ length: 1 + next(30) }, (_, i) => `${i}${'xyz'.slice(0, next(3))}\n`).join('') + (next(2) ? 'tail' : '');
      const edits: TextEdit[] = [];
      for (let cursor = next(10); cursor < original.length && edits.length < 5; cursor += 1 + next(40)) {
        const end = Math.min(original.length, cursor + next(8));
        edits.push({ start: cursor, end, newText: ['', 'N', 'new line\n', '\n'][next(4)] });
        cursor = end;
      }
      gitApplies(original, edits);
    }
  });
});

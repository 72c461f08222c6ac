/**
 * Golden tests of every quick fix: the exact fixed text, a re-scan without the fixed finding, and a
 * fixed file that still parses (Java compiles against stubs of the OkHttp/SDK signatures).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileKindOf, Scanner, type Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply-edits';
import { fixAll } from '../../server/src/engine/fixes/fix-all';
import { describeJavaCompiles, syntaxProblems } from './golden-checks';
import { goldenCases, type GoldenCase } from './golden-cases';

/** `UPDATE_GOLDEN=1 npx mocha` writes the after/ files from the current fixes (review the diff!). */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const scanner = new Scanner({ now: new Date('2026-01-15T12:00:00Z') });

function findingsOf(goldenCase: GoldenCase, text: string): Finding[] {
  return scanner.scan(goldenCase.fileName, text).findings;
}

/** The text after applying the case's fix. */
export function fixedText(goldenCase: GoldenCase): string {
  const before = readFileSync(goldenCase.beforePath, 'utf8');
  if (goldenCase.fix) {
    const finding = findingsOf(goldenCase, before).find((f) => f.ruleId === goldenCase.ruleId);
    assert.ok(finding, `no ${goldenCase.ruleId} finding in before/${goldenCase.fileName}`);
    const fix = finding.fixes?.find((f) => f.title.includes(goldenCase.fix!));
    assert.ok(fix, `no fix titled "…${goldenCase.fix}…"; offered: ${JSON.stringify(finding.fixes?.map((f) => f.title) ?? [])}`);
    const result = applyEdits(before, fix.edits);
    assert.ok(result.ok, result.ok ? '' : result.reason);
    return result.text;
  }
  const result = fixAll(before, (text) => findingsOf(goldenCase, text), (f) => f.ruleId === goldenCase.ruleId);
  assert.equal(result.error, undefined);
  assert.ok(result.applied > 0, `no bulk fix of ${goldenCase.ruleId} applied to before/${goldenCase.fileName}`);
  return result.text;
}

describe('golden quick fixes', () => {
  const cases = goldenCases();
  const javaAfter: string[] = [];
  const javaBefore: string[] = [];

  for (const goldenCase of cases) {
    const kind = fileKindOf(goldenCase.fileName);
    if (kind === 'java') {
      javaBefore.push(goldenCase.beforePath);
      javaAfter.push(goldenCase.afterPath);
    }
    describe(`${goldenCase.ruleId} / ${goldenCase.name}`, () => {
      it('produces the expected text', () => {
        const actual = fixedText(goldenCase);
        if (UPDATE) {
          mkdirSync(path.dirname(goldenCase.afterPath), { recursive: true });
          writeFileSync(goldenCase.afterPath, actual);
        }
        assert.ok(existsSync(goldenCase.afterPath), `missing ${path.relative(process.cwd(), goldenCase.afterPath)} (UPDATE_GOLDEN=1 writes it)`);
        assert.equal(actual, readFileSync(goldenCase.afterPath, 'utf8'));
      });

      it('leaves no finding of the fixed rule, and a file that still parses', () => {
        const after = readFileSync(goldenCase.afterPath, 'utf8');
        const left = findingsOf(goldenCase, after).filter((f) => f.ruleId === goldenCase.ruleId);
        assert.deepEqual(left.map((f) => `${f.line}:${f.column} ${f.message}`), []);
        assert.ok(kind, `no file kind for ${goldenCase.fileName}`);
        assert.deepEqual(syntaxProblems(kind, goldenCase.fileName, after), []);
      });
    });
  }

  describeJavaCompiles(
    'Java golden files compile against the stubs (javac)',
    { before: javaBefore, after: javaAfter },
    { after: 'every fixed Java file compiles', before: 'every Java input compiles too, so the fixtures are real code' },
  );

  it('finds the golden cases', () => {
    assert.ok(cases.length > 0, 'no golden cases under test/golden/cases');
  });
});

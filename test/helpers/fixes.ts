/** Test helpers for quick fixes: the fixes a rule offers on a snippet, and the text after one of them or after fix-all. */
import { strict as assert } from 'node:assert';
import { Scanner, type Finding, type Fix } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply-edits';
import { fixAll } from '../../server/src/engine/fixes/fix-all';

const scanner = new Scanner({ now: new Date('2026-01-15T12:00:00Z') });

export function findingsOf(file: string, text: string, ruleId: string): Finding[] {
  return scanner.scan(file, text).findings.filter((f) => f.ruleId === ruleId);
}

/** The fixes of the rule's findings, one list per finding. */
export function fixesOf(file: string, text: string, ruleId: string): Fix[][] {
  return findingsOf(file, text, ruleId).map((f) => f.fixes ?? []);
}

/** The text after applying `fix`; fails the test when its edits do not apply. */
export function applied(text: string, fix: Fix): string {
  const result = applyEdits(text, fix.edits);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

/** Fix-all restricted to one rule, as `source.fixAll` and `scan --fix` run it. */
export function fixedAll(file: string, text: string, ruleId: string): { text: string; applied: number } {
  const result = fixAll(text, (t) => scanner.scan(file, t).findings, (f) => f.ruleId === ruleId);
  assert.equal(result.error, undefined);
  return result;
}

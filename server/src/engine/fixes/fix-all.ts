/**
 * Fix-all as ESLint does it: apply the preferred fix of every finding whose edits do not overlap an
 * earlier one, scan the result again, and repeat until nothing more applies. Shared by the editor's
 * `source.fixAll.pinHygiene`, "Migrate this file", the workspace migration and `pin-hygiene scan --fix`.
 */
import type { Category, Finding, Fix, TextEdit } from '../findings';
import { applyEdits, editsOverlap } from './apply-edits';

/** Bounds the passes: each pass must fix something, so this only stops fixes that keep re-creating findings. */
const MAX_PASSES = 10;

/**
 * The fix a bulk run applies for a finding: its preferred fix, else its first. Fixes that touch other
 * files or leave a step to the user (secret migrations) are never applied in bulk.
 */
export function bulkFixOf(finding: Finding): Fix | undefined {
  const bulk = finding.fixes?.filter((f) => !f.appends?.length && !f.followUp);
  if (!bulk?.length) return undefined;
  return bulk.find((f) => f.preferred) ?? bulk[0];
}

/** A bulk fix chosen for one pass, with the finding it fixes. Its edits are in offsets of that pass's text. */
export interface ChosenFix {
  ruleId: string;
  category: Category;
  title: string;
  edits: TextEdit[];
}

/** The bulk fixes of `findings` that can be applied together in one pass, in finding order. */
export function nonOverlappingBulkFixes(findings: readonly Finding[], accept: (finding: Finding) => boolean = () => true): ChosenFix[] {
  const chosen: ChosenFix[] = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (!accept(finding)) continue;
    const fix = bulkFixOf(finding);
    if (!fix || fix.edits.length === 0 || editsOverlap(fix.edits, edits)) continue;
    edits.push(...fix.edits);
    chosen.push({ ruleId: finding.ruleId, category: finding.category, title: fix.title, edits: fix.edits });
  }
  return chosen;
}

/** The bulk fixes of `findings` that can be applied together in one pass, as one list of edits. */
export function nonOverlappingBulkEdits(findings: readonly Finding[], accept: (finding: Finding) => boolean = () => true): TextEdit[] {
  return nonOverlappingBulkFixes(findings, accept)
    .flatMap((fix) => fix.edits)
    .sort((a, b) => a.start - b.start);
}

export interface FixAllResult {
  text: string;
  /** Fixes applied, over all passes. */
  applied: number;
  /** The fixes of each pass that changed the text, edits in offsets of the text that pass started from. */
  passes: ChosenFix[][];
  /** Why fixing stopped early (edits that did not apply cleanly); the text is then the last clean one. */
  error?: string;
}

/**
 * Applies bulk fixes to `text` until none is left. `scan` returns the findings of a text;
 * `accept` limits which findings are fixed (one rule, one category).
 */
export function fixAll(text: string, scan: (text: string) => readonly Finding[], accept?: (finding: Finding) => boolean): FixAllResult {
  let current = text;
  let applied = 0;
  const passes: ChosenFix[][] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = nonOverlappingBulkFixes(scan(current), accept);
    if (chosen.length === 0) break;
    const result = applyEdits(current, chosen.flatMap((fix) => fix.edits));
    if (!result.ok) return { text: current, applied, passes, error: result.reason };
    if (result.text === current) break;
    applied += chosen.length;
    passes.push(chosen);
    current = result.text;
  }
  return { text: current, applied, passes };
}

/** One edit that turns `before` into `after`: the changed middle, without the common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < limit - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix, newText: after.slice(start, after.length - suffix) };
}

/**
 * Turns the passes of a multi-pass fix-all (each pass's edits are in offsets of the text that pass
 * started from) into edits of the original text, each labelled with the rules whose fixes made it.
 * A workspace edit can then group changes by rule (one change annotation per rule), instead of one
 * opaque replacement per file.
 */
import type { TextEdit } from '../findings';
import { applyEdits } from './apply-edits';
import { minimalEdit, type ChosenFix, type FixAllResult } from './fix-all';

export interface AttributedEdit extends TextEdit {
  /** Rules whose fixes produced this edit, in the order they were applied (more than one only when a later fix rewrote an earlier one's text). */
  ruleIds: string[];
}

interface PassEdit extends TextEdit {
  ruleId: string;
}

/**
 * Edits of `original` equivalent to applying the passes of a fix-all run to it (`fixed` is that
 * run's result). An edit of a later pass that touches text an earlier pass inserted (or the place
 * it deleted) is merged with it into one edit carrying both rules. The result is checked against
 * `fixed.text`: should composing ever disagree with it, the whole change becomes one edit carrying
 * every rule.
 */
export function composeFixPasses(original: string, fixed: Pick<FixAllResult, 'text' | 'passes'>): AttributedEdit[] {
  const composed = composeEditPasses(original, fixed.passes);
  const check = composed && applyEdits(original, composed);
  if (composed && check?.ok && check.text === fixed.text) return composed;
  const allRules: string[] = [];
  for (const pass of fixed.passes) for (const fix of pass) addOnce(allRules, fix.ruleId);
  const whole = minimalEdit(original, fixed.text);
  return whole ? [{ ...whole, ruleIds: allRules }] : [];
}

/** The composition itself, unchecked; undefined when a pass does not apply to the text before it. Exported for tests. */
export function composeEditPasses(original: string, passes: readonly (readonly ChosenFix[])[]): AttributedEdit[] | undefined {
  let composed: AttributedEdit[] | undefined = [];
  let current = original;
  for (const pass of passes) {
    const edits: PassEdit[] = pass
      .flatMap((fix) => fix.edits.map((edit) => ({ ...edit, ruleId: fix.ruleId })))
      .map((edit, index) => ({ edit, index }))
      .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index)
      .map(({ edit }) => edit);
    const next = applyEdits(current, edits);
    if (!next.ok) return undefined;
    composed = composePass(composed, edits, current);
    if (!composed) return undefined;
    current = next.text;
  }
  return composed;
}

/** Where an earlier composed edit sits in the current text. */
interface Placed {
  edit: AttributedEdit;
  /** Its range in the current text. */
  start: number;
  end: number;
  /** Length change of the current text caused by it and every composed edit before it. */
  shiftThrough: number;
}

/**
 * Adds one pass (edits sorted, non-overlapping, in offsets of `current`) to the composed edits
 * (sorted, in offsets of the original). Linear in the number of edits, apart from the sorts.
 */
function composePass(composed: readonly AttributedEdit[], pass: readonly PassEdit[], current: string): AttributedEdit[] | undefined {
  const placed: Placed[] = [];
  let shift = 0;
  for (const edit of composed) {
    const start = edit.start + shift;
    shift += edit.newText.length - (edit.end - edit.start);
    placed.push({ edit, start, end: start + edit.newText.length, shiftThrough: shift });
  }
  const shiftBefore = (index: number): number => (index > 0 ? placed[index - 1].shiftThrough : 0);

  // Group each pass edit with the composed edits it touches (ranges meeting at a point count);
  // pass edits touching the same composed edit join one group. `first` is the first composed edit
  // that does not lie wholly before the group; the group touches composed edits first..last.
  interface Group {
    passEdits: PassEdit[];
    first: number;
    last: number;
  }
  const groups: Group[] = [];
  let first = 0;
  for (const edit of pass) {
    while (first < placed.length && placed[first].end < edit.start) first++;
    let last = first - 1;
    while (last + 1 < placed.length && placed[last + 1].start <= edit.end) last++;
    const previous = groups[groups.length - 1];
    if (previous && previous.last >= previous.first && last >= first && first <= previous.last) {
      previous.passEdits.push(edit);
      previous.last = Math.max(previous.last, last);
    } else {
      groups.push({ passEdits: [edit], first, last });
    }
  }

  const out: AttributedEdit[] = [];
  let nextComposed = 0;
  for (const group of groups) {
    while (nextComposed < group.first) out.push(placed[nextComposed++].edit);
    const before = shiftBefore(group.first);
    if (group.last < group.first) {
      const edit = group.passEdits[0];
      out.push({ start: edit.start - before, end: edit.end - before, newText: edit.newText, ruleIds: [edit.ruleId] });
      continue;
    }
    const members = placed.slice(group.first, group.last + 1);
    const currentStart = Math.min(members[0].start, group.passEdits[0].start);
    const currentEnd = Math.max(members[members.length - 1].end, group.passEdits[group.passEdits.length - 1].end);
    const rewritten = applyEdits(
      current.slice(currentStart, currentEnd),
      group.passEdits.map((e) => ({ start: e.start - currentStart, end: e.end - currentStart, newText: e.newText })),
    );
    if (!rewritten.ok) return undefined;
    const ruleIds: string[] = [];
    for (const member of members) for (const id of member.edit.ruleIds) addOnce(ruleIds, id);
    for (const edit of group.passEdits) addOnce(ruleIds, edit.ruleId);
    out.push({ start: currentStart - before, end: currentEnd - shiftBefore(group.last + 1), newText: rewritten.text, ruleIds });
    nextComposed = group.last + 1;
  }
  while (nextComposed < placed.length) out.push(placed[nextComposed++].edit);
  return out;
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

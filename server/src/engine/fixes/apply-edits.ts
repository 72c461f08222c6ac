/** Applying text edits to one file's text: all of them or none. */
import type { TextEdit } from '../findings';

export type ApplyResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Applies edits given in offsets of `text`. Fails, leaving nothing half-applied, when an edit lies
 * outside the text or two edits overlap (two insertions at the same offset are kept in the given order).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  let out = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    if (!(edit.start >= 0 && edit.end >= edit.start && edit.end <= text.length)) {
      return { ok: false, reason: `an edit [${edit.start}, ${edit.end}) lies outside the text (length ${text.length})` };
    }
    if (edit.start < cursor) return { ok: false, reason: `edits overlap at offset ${edit.start}` };
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return { ok: true, text: out + text.slice(cursor) };
}

/** True when any edit of `a` overlaps any edit of `b` (touching insertions at one offset count as overlapping). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => (x.start < y.end && y.start < x.end) || x.start === y.start));
}

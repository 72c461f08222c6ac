/**
 * Removing elements of a bracketed, comma-separated list (call arguments, object and map literals,
 * struct fields, import specifiers) so the list stays valid and keeps its layout: an element on its
 * own lines goes with those lines (and its comments), an inline one with one separating comma, and a
 * list that loses its last element keeps its trailing-comma style.
 */
import type { TextEdit } from '../../../findings';
import type { CodeView } from '../../../lexer/code-view';
import { enclosingOpen } from '../callbacks';
import { matchingBracket, splitArguments, type Span } from '../code-syntax';
import { attachedCommentsStart, endOfLine, nextLineStart, startOfLine, trailingCommentEnd, type CommentStyle } from './removal';

/** The elements of the list whose brackets are at `open` and `close` (masked offsets). */
export function listItems(masked: string, open: number, close: number): Span[] {
  return splitArguments(masked, open, close);
}

/**
 * Edits removing the elements at `remove` (indexes into `listItems`) from the list at [open, close].
 * The edits never touch the elements that stay, so other edits inside them can go in the same fix.
 */
export function listItemRemovals(text: string, masked: string, open: number, close: number, remove: ReadonlySet<number>, comments: CommentStyle = 'slash'): TextEdit[] {
  const items = listItems(masked, open, close);
  if (items.length === 0 || ![...remove].some((i) => i >= 0 && i < items.length)) return [];
  if (items.every((_, i) => remove.has(i))) return [{ start: open + 1, end: close, newText: '' }];
  const edits: TextEdit[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!remove.has(i)) continue;
    let j = i;
    while (j + 1 < items.length && remove.has(j + 1)) j++;
    edits.push(...runRemoval(text, masked, items, i, j, close, comments));
    i = j;
  }
  return edits;
}

/** Edits removing the consecutive elements items[i..j] (not all of the list). */
function runRemoval(text: string, masked: string, items: Span[], i: number, j: number, close: number, comments: CommentStyle): TextEdit[] {
  const first = items[i];
  const last = items[j];
  const comma = commaAfter(masked, last.end, close);
  const runEnd = comma >= 0 ? comma + 1 : last.end;
  const lineStart = startOfLine(text, first.start);
  const commentEnd = trailingCommentEnd(text, masked, runEnd);
  const lineEnd = endOfLine(text, commentEnd);
  const ownLines =
    text.slice(lineStart, first.start).trim() === '' && (i === 0 || items[i - 1].end < lineStart) && text.slice(commentEnd, lineEnd).trim() === '';
  const isLastRun = j === items.length - 1;

  if (ownLines) {
    const from = attachedCommentsStart(text, masked, lineStart, comments);
    const edits: TextEdit[] = [{ start: from, end: nextLineStart(text, lineEnd), newText: '' }];
    // `a,\n  b\n)` without b: the new last element loses its separator, as the list had no trailing comma.
    if (isLastRun && comma < 0 && i > 0) {
      const previousComma = commaAfter(masked, items[i - 1].end, close);
      if (previousComma >= 0) edits.push({ start: previousComma, end: previousComma + 1, newText: '' });
    }
    return edits;
  }
  if (!isLastRun) {
    const next = items[j + 1];
    const lineBreakBeforeNext = /\n/.test(text.slice(runEnd, next.start));
    if (lineBreakBeforeNext && i > 0) {
      // `a, b,\n  c` without b: keep `a,` and the line break.
      const previousComma = commaAfter(masked, items[i - 1].end, close);
      if (previousComma >= 0) return [{ start: previousComma + 1, end: runEnd, newText: '' }];
    }
    return [{ start: first.start, end: next.start, newText: '' }];
  }
  // The run ends the list: take the separator before it, keep a trailing comma if there was one.
  return [{ start: items[i - 1].end, end: last.end, newText: '' }];
}

/** Offset of the `,` that follows an element ending at `end`, or -1 when the list ends there. */
export function commaAfter(masked: string, end: number, close: number): number {
  let p = end;
  while (p < close && /\s/.test(masked[p])) p++;
  return masked[p] === ',' && p < close ? p : -1;
}

export interface EnclosingItem {
  open: number;
  close: number;
  index: number;
  item: Span;
  items: Span[];
}

/** The element of the innermost bracketed list around `offset` that contains it. */
export function enclosingListItem(view: CodeView, offset: number): EnclosingItem | undefined {
  const open = enclosingOpen(view, offset);
  if (open < 0) return undefined;
  const close = matchingBracket(view.masked, open);
  if (close < 0) return undefined;
  const items = listItems(view.masked, open, close);
  const index = items.findIndex((s) => s.start <= offset && offset < s.end);
  return index < 0 ? undefined : { open, close, index, item: items[index], items };
}

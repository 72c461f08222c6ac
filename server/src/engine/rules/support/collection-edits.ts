/**
 * Edits of Swift and Objective-C collection literals (`[k: v, …]`, `@{ k : v, … }`): removing
 * elements so that the literal stays valid and keeps its layout. Trailing commas are legal in both
 * languages, so a removed last element may leave the previous element's comma in place.
 */
import type { CodeView } from '../../lexer/code-view';
import type { TextEdit } from '../../findings';
import { wholeLinesRange } from '../../fixes/text-ranges';
import { closingBracket } from './apple-code';
import { splitArguments, type Span } from './code-syntax';

/**
 * Edits removing `remove` (elements of the literal whose bracket is at `open`). When nothing is
 * left, a Swift dictionary becomes `[:]` and other literals become empty. Undefined when the
 * literal is not closed or an element to remove is not one of its elements.
 */
export function collectionRemovalEdits(view: CodeView, open: number, remove: readonly Span[], swiftDictionary: boolean): TextEdit[] | undefined {
  const masked = view.masked;
  const close = closingBracket(view, open);
  if (close === -1) return undefined;
  const elements = splitArguments(masked, open, close);
  const removed = new Set<number>();
  for (const span of remove) {
    const index = elements.findIndex((e) => e.start === span.start && e.end === span.end);
    if (index === -1) return undefined;
    removed.add(index);
  }
  if (removed.size === 0) return [];
  if (removed.size === elements.length) return [{ start: open + 1, end: close, newText: swiftDictionary ? ':' : '' }];

  const lastKept = Math.max(...elements.map((_, i) => i).filter((i) => !removed.has(i)));
  const edits: TextEdit[] = [];
  const trailing = [...removed].filter((i) => i > lastKept);
  const trailingOnOwnLines = trailing.every((i) => ownLinesRange(view.text, masked, elements[i]) !== undefined);
  for (const index of [...removed].sort((a, b) => a - b)) {
    const element = elements[index];
    const own = ownLinesRange(view.text, masked, element);
    if (own && (index < lastKept || trailingOnOwnLines)) {
      edits.push({ ...own, newText: '' });
    } else if (index < lastKept) {
      edits.push({ start: element.start, end: elements[index + 1].start, newText: '' });
    } else {
      // The removed elements after the last kept one go together with the comma before them.
      edits.push({ start: elements[lastKept].end, end: elements[elements.length - 1].end, newText: '' });
      break;
    }
  }
  return mergeTouching(edits);
}

/** The whole lines of an element written on lines of its own (with its comma), or undefined. */
function ownLinesRange(text: string, masked: string, element: Span): { start: number; end: number } | undefined {
  let end = element.end;
  let i = end;
  while (i < masked.length && (masked[i] === ' ' || masked[i] === '\t')) i++;
  if (masked[i] === ',') end = i + 1;
  const range = wholeLinesRange(text, element.start, end);
  return range.start === element.start && range.end === end ? undefined : range;
}

/** Joins edits that touch, so the list has no two edits at the same offset. */
function mergeTouching(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && edit.start <= last.end) last.end = Math.max(last.end, edit.end);
    else merged.push({ ...edit });
  }
  return merged;
}

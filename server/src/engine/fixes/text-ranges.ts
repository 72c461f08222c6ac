/** Ranges fixes commonly remove: a construct together with the lines it alone occupies. */
import type { TextEdit } from '../findings';

/**
 * The range to delete so that [start, end) disappears with its own lines: when only whitespace is on
 * its first line before it and on its last line after it, the whole lines and one line end go;
 * otherwise just [start, end). Works with LF and CRLF.
 */
export function wholeLinesRange(text: string, start: number, end: number): { start: number; end: number } {
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n';
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t' || text[lineEnd] === '\r')) lineEnd++;
  const atLineEnd = lineEnd === text.length || text[lineEnd] === '\n';
  if (!atLineStart || !atLineEnd) return { start, end };
  return { start: lineStart, end: lineEnd < text.length ? lineEnd + 1 : lineEnd };
}

/** The edit deleting [start, end) with the lines it alone occupies (see `wholeLinesRange`). */
export function removalEdit(text: string, start: number, end: number): TextEdit {
  return { ...wholeLinesRange(text, start, end), newText: '' };
}

/** The start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break ending the line that holds `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether only spaces and tabs come before `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** The indentation (spaces and tabs) of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(lineStart, end);
}

/** The file's line ending. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

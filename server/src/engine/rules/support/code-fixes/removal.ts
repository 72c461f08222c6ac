/**
 * Deleting a piece of code the way a careful engineer does: with the lines it alone occupies, the
 * comment at the end of its last line, and the line comments directly above it that describe it.
 * Works on a CodeView's masked text (comments and string contents blanked, offsets unchanged), LF or CRLF.
 */
import type { TextEdit } from '../../../findings';
import { wholeLinesRange } from '../../../fixes/text-ranges';

/** Line comment openers per language family; `#` for Python. */
export type CommentStyle = 'slash' | 'hash';

/** Lines looked at above a construct for comments that belong to it; bounds the work. */
const MAX_ATTACHED_COMMENT_LINES = 12;

export interface RemovalOptions {
  /** Also remove the own-line line comments directly above the construct (no blank line between). */
  attachedComments?: boolean;
  comments?: CommentStyle;
}

/**
 * The edit deleting [start, end). When nothing but whitespace and a trailing comment share its lines,
 * the whole lines go (with the attached comments above, if asked); otherwise just the construct and
 * the blanks after it on its line (or before it, when it ends the line).
 */
export function removeCode(text: string, masked: string, start: number, end: number, options: RemovalOptions = {}): TextEdit {
  const commentEnd = trailingCommentEnd(text, masked, end);
  const lines = wholeLinesRange(text, start, commentEnd);
  if (lines.start !== start || lines.end !== commentEnd || (start === 0 && commentEnd === text.length)) {
    let from = options.attachedComments ? attachedCommentsStart(text, masked, lines.start, options.comments ?? 'slash') : lines.start;
    let to = lines.end;
    // At the end of the file, take the line break before instead, so no blank last line is left.
    if (to === text.length && from > 0 && !text.endsWith('\n')) return { start: from - (text[from - 2] === '\r' ? 2 : 1), end: to, newText: '' };
    ({ from, to } = collapseBlankLines(text, from, to));
    return { start: from, end: to, newText: '' };
  }
  const lineStart = startOfLine(text, start);
  let to = end;
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  if (to < text.length && text[to] !== '\n' && text[to] !== '\r') return { start, end: to, newText: '' };
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: from, end, newText: '' };
}

/**
 * Widens a removal of whole lines [from, to) so it leaves no doubled blank line, no blank line at the
 * start of the file or of a block, and none just before a closing bracket.
 */
function collapseBlankLines(text: string, from: number, to: number): { from: number; to: number } {
  const isBlank = (start: number): boolean => text.slice(start, endOfLine(text, start)).trim() === '';
  const nextIsBlank = to < text.length && isBlank(to);
  const previousStart = from > 0 ? startOfLine(text, from - 1) : -1;
  const previous = previousStart >= 0 ? text.slice(previousStart, endOfLine(text, previousStart)).trim() : '';
  if (nextIsBlank && (previousStart < 0 || previous === '' || /[{([]$/.test(previous))) {
    const nextEnd = endOfLine(text, to);
    return { from, to: nextLineStart(text, nextEnd) };
  }
  const next = to < text.length ? text.slice(to, endOfLine(text, to)).trim() : '';
  if (previousStart >= 0 && previous === '' && (to >= text.length || /^[})\]]/.test(next))) return { from: previousStart, to };
  return { from, to };
}

/** The offset after the line break at `lineEnd` (as `endOfLine` returns it), or the text length. */
export function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
}

/** Offset of the first character of the line holding `offset`. */
export function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break (`\r\n` or `\n`) ending the line holding `offset`, or the text length. */
export function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/**
 * When only a comment follows `end` on its line (`x = 1; // why`), the offset past that comment;
 * otherwise `end`. A comment is what the masked text blanks but the text does not.
 */
export function trailingCommentEnd(text: string, masked: string, end: number): number {
  const lineEnd = endOfLine(text, end);
  if (masked.slice(end, lineEnd).trim() !== '') return end;
  return text.slice(end, lineEnd).trim() === '' ? end : lineEnd;
}

/** The start of the run of own-line line comments directly above the line starting at `lineStart`. */
export function attachedCommentsStart(text: string, masked: string, lineStart: number, style: CommentStyle): number {
  const opener = style === 'hash' ? /^[ \t]*#(?!!)/ : /^[ \t]*\/\//;
  let from = lineStart;
  for (let n = 0; n < MAX_ATTACHED_COMMENT_LINES && from > 0; n++) {
    const previousStart = startOfLine(text, from - 1);
    const line = text.slice(previousStart, from);
    if (!opener.test(line) || masked.slice(previousStart, from).trim() !== '') break;
    from = previousStart;
  }
  // Comments that open the file (after a shebang) are the file's header, not the construct's.
  const atFileTop = from === 0 || (text.startsWith('#!') && startOfLine(text, from - 1) === 0);
  return atFileTop && from < lineStart ? lineStart : from;
}

/**
 * The edits of one fix in order, with overlapping or touching deletions merged (two removals may
 * both take the blank line between them); undefined when a replacement overlaps another edit.
 */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    const overlaps = last !== undefined && edit.start < last.end;
    const touches = last !== undefined && edit.start === last.end && last.newText === '' && edit.newText === '' && edit.end > edit.start;
    if (overlaps && (last.newText !== '' || edit.newText !== '')) return undefined;
    // Edits are shared between the fixes of a file, so a merged one is a new object.
    if (overlaps || touches) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), newText: '' };
    else merged.push(edit);
  }
  return merged;
}

/**
 * Insertions that fall inside a removed range (an import added after an import line that the same
 * fix deletes) move to the end of the line before that range, keeping their line breaks right.
 */
export function fitInsertions(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const deletions = edits.filter((e) => e.newText === '' && e.end > e.start);
  return edits.map((edit) => {
    if (edit.start !== edit.end || edit.newText === '') return edit;
    const around = deletions.find((d) => d.start < edit.start && edit.start <= d.end);
    if (!around) return edit;
    const eol = /^\r?\n/.exec(edit.newText)?.[0];
    if (around.start === 0 && eol) return { start: 0, end: 0, newText: edit.newText.slice(eol.length) + eol };
    if (around.start > 0 && text[around.start - 1] === '\n' && eol) {
      const previousLine = text.slice(startOfLine(text, around.start - 1), around.start).trim();
      if (previousLine === '') {
        // After a blank line: the new line starts the group, with a blank line before the code that follows.
        const nextBlank = around.end >= text.length || text.slice(around.end, endOfLine(text, around.end)).trim() === '';
        return { start: around.start, end: around.start, newText: edit.newText.slice(eol.length) + eol + (nextBlank ? '' : eol) };
      }
      const at = around.start - (text[around.start - 2] === '\r' ? 2 : 1);
      return { start: at, end: at, newText: edit.newText };
    }
    return { start: around.start, end: around.start, newText: edit.newText };
  });
}

/**
 * Edits of XML resources for quick fixes: remove an element with the lines it alone occupies (and
 * the comments that belong to it), remove an attribute, and lay out new elements with the file's own
 * indentation and line ends.
 */
import type { TextEdit } from '../../findings';
import { lineEnding } from '../../fixes/text-ranges';
import type { XmlAttribute, XmlElement } from '../../xml/xml-document';

/** Longest run of comment lines above an element looked at. */
const MAX_COMMENT_LINES = 20;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** The indentation of the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 200))![0];
}

/** A comment that fills a whole line (`<!-- … -->` with only spaces around), else undefined. */
function wholeLineComment(line: string): string | undefined {
  const trimmed = line.trim();
  return /^<!--[^]*-->$/.test(trimmed) && trimmed.indexOf('-->') === trimmed.length - 3 ? trimmed : undefined;
}

/**
 * The removal of `element`: its whole lines when it has them to itself (a comment after it on its
 * last line goes too), and the whole-line comments right above it that `ownsComment` accepts.
 */
export function elementRemoval(text: string, element: XmlElement, ownsComment: (comment: string) => boolean = () => false): TextEdit {
  const first = lineStartOf(text, element.start);
  const before = text.slice(first, element.start);
  let after = text.slice(element.end, lineEndOf(text, element.end));
  after = after.replace(/^\s*<!--(?:(?!-->)[^])*-->/, (m) => (m.includes('\n') ? m : ''));
  if (before.trim() !== '' || after.trim() !== '') return { start: element.start, end: element.end, newText: '' };
  const lastEnd = lineEndOf(text, element.end);
  let start = first;
  for (let n = 0; n < MAX_COMMENT_LINES && start > 0; n++) {
    const previous = lineStartOf(text, start - 1);
    const comment = wholeLineComment(text.slice(previous, start));
    if (!comment || !ownsComment(comment)) break;
    start = previous;
  }
  return { start, end: Math.min(text.length, lastEnd + 1), newText: '' };
}

/** The whole-line comments right above `element`, top first, trimmed. */
export function commentsAbove(text: string, element: XmlElement): string[] {
  const comments: string[] = [];
  let start = lineStartOf(text, element.start);
  for (let n = 0; n < MAX_COMMENT_LINES && start > 0; n++) {
    const previous = lineStartOf(text, start - 1);
    const comment = wholeLineComment(text.slice(previous, start));
    if (!comment) break;
    comments.unshift(comment);
    start = previous;
  }
  return comments;
}

/** The removal of an attribute with the white space before it: ` overridePins="true"` (its own line too, when it had one). */
export function attributeRemoval(text: string, attribute: XmlAttribute): TextEdit {
  let start = attribute.start;
  while (start > 0 && /[ \t\r\n]/.test(text[start - 1])) start--;
  return { start, end: attribute.valueEnd + 1, newText: '' };
}

/** The file's indentation step for XML: what a child line adds to its parent's, else four spaces. */
export function xmlIndentUnit(text: string, parent: XmlElement): string {
  const child = parent.children[0];
  if (child) {
    const outer = lineIndent(text, parent.start);
    const inner = lineIndent(text, child.start);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return lineIndent(text, parent.start).startsWith('\t') ? '\t' : '    ';
}

/**
 * The insertion of `lines` (already indented relative to `parent`'s children, one string per line)
 * as the last children of `parent`, before its end tag; a self-closing parent is not handled.
 */
export function appendChildLines(text: string, parent: XmlElement, lines: readonly string[]): TextEdit | undefined {
  if (parent.contentEnd === parent.startTagEnd && text[parent.startTagEnd - 2] === '/') return undefined;
  const eol = lineEnding(text);
  const endTagLine = lineStartOf(text, parent.contentEnd);
  const block = lines.map((line) => line + eol).join('');
  if (text.slice(endTagLine, parent.contentEnd).trim() === '') return { start: endTagLine, end: endTagLine, newText: block };
  const indent = lineIndent(text, parent.start);
  return { start: parent.contentEnd, end: parent.contentEnd, newText: eol + block + indent };
}

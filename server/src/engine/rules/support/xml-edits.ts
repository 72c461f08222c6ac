/**
 * Edits of XML documents for quick fixes that keep them well-formed and keep the file's layout:
 * remove an element with the lines it alone occupies (optionally with the comments that belong to
 * it), remove or change an attribute, and add child elements with the file's own indentation and
 * line ends.
 */
import type { TextEdit } from '../../findings';
import { indentationAt, lineEnding, lineStartOf, removalEdit } from '../../fixes/text-ranges';
import type { XmlAttribute, XmlElement } from '../../xml/xml-document';

/** Longest run of comment lines above an element looked at. */
const MAX_COMMENT_LINES = 20;

function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** Deletes an attribute with the white space before it (`<a x="1" b="2">` → `<a x="1">`; its own line too, when it had one). */
export function attributeRemoval(text: string, attribute: XmlAttribute): TextEdit {
  let start = attribute.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end: attribute.valueEnd + 1, newText: '' };
}

/** Replaces an attribute's value (between its quotes). */
export function attributeValueEdit(attribute: XmlAttribute, value: string): TextEdit {
  return { start: attribute.valueStart, end: attribute.valueEnd, newText: value };
}

/** Deletes an element, with its lines when it has them to itself. */
export function elementRemoval(text: string, element: XmlElement): TextEdit {
  return removalEdit(text, element.start, element.end);
}

/**
 * Deletes an element with the comments that belong to it: its whole lines when it has them to
 * itself (a comment after it on its last line goes too), and the whole-line comments right above
 * it that `ownsComment` accepts.
 */
export function elementRemovalWithComments(text: string, element: XmlElement, ownsComment: (comment: string) => boolean): TextEdit {
  const first = lineStartOf(text, element.start);
  const before = text.slice(first, element.start);
  let after = text.slice(element.end, lineEndOf(text, element.end));
  after = after.replace(/^\s*<!--(?:(?!-->)[^])*-->/, '');
  if (before.trim() !== '' || after.trim() !== '') return { start: element.start, end: element.end, newText: '' };
  let start = first;
  for (const { comment, lineStart } of commentLinesAbove(text, first)) {
    if (!ownsComment(comment)) break;
    start = lineStart;
  }
  return { start, end: Math.min(text.length, lineEndOf(text, element.end) + 1), newText: '' };
}

/** The whole-line comments right above `element`, top first, trimmed. */
export function commentsAbove(text: string, element: XmlElement): string[] {
  return commentLinesAbove(text, lineStartOf(text, element.start))
    .map(({ comment }) => comment)
    .reverse();
}

/** The whole-line comments (`<!-- … -->` with only spaces around) right above the line starting at `lineStart`, nearest first. */
function commentLinesAbove(text: string, lineStart: number): { comment: string; lineStart: number }[] {
  const found: { comment: string; lineStart: number }[] = [];
  let start = lineStart;
  for (let n = 0; n < MAX_COMMENT_LINES && start > 0; n++) {
    const previous = lineStartOf(text, start - 1);
    const trimmed = text.slice(previous, start).trim();
    if (!/^<!--[^]*-->$/.test(trimmed) || trimmed.indexOf('-->') !== trimmed.length - 3) break;
    found.push({ comment: trimmed, lineStart: previous });
    start = previous;
  }
  return found;
}

/**
 * One level of indentation in this document: what the first child that begins its own line adds to
 * `parent`'s indentation; else a tab when `parent`'s line is indented with tabs, else four spaces.
 */
export function indentUnit(text: string, parent: XmlElement): string {
  const outer = indentationAt(text, parent.start);
  for (const child of parent.children) {
    const inner = indentationAt(text, child.start);
    if (inner.length > outer.length && inner.startsWith(outer) && lineStartOf(text, child.start) + inner.length === child.start) return inner.slice(outer.length);
  }
  return outer.startsWith('\t') ? '\t' : '    ';
}

/** Whether `element` is written `<name … />`. */
export function isSelfClosing(text: string, element: XmlElement): boolean {
  return element.contentEnd === element.startTagEnd && text.slice(element.startTagEnd - 2, element.startTagEnd) === '/>';
}

/**
 * Inserts `lines` (indented relative to `parent`'s children, without line ends; '' for a blank line)
 * as the last children of `parent`, on lines of their own before its end tag. A self-closing parent is opened.
 */
export function appendChildLines(text: string, parent: XmlElement, unit: string, lines: readonly string[]): TextEdit {
  const eol = lineEnding(text);
  const parentIndent = indentationAt(text, parent.start);
  const body = lines.map((line) => (line === '' ? eol : `${parentIndent}${unit}${line}${eol}`)).join('');
  if (isSelfClosing(text, parent)) {
    // `<debug-overrides/>` → `<debug-overrides>…</debug-overrides>`.
    let tagEnd = parent.startTagEnd - 2;
    while (tagEnd > parent.start && /\s/.test(text[tagEnd - 1])) tagEnd--;
    return { start: tagEnd, end: parent.startTagEnd, newText: `>${eol}${body}${parentIndent}</${parent.name}>` };
  }
  const lineStart = lineStartOf(text, parent.contentEnd);
  if (/^[ \t]*$/.test(text.slice(lineStart, parent.contentEnd))) return { start: lineStart, end: lineStart, newText: body };
  return { start: parent.contentEnd, end: parent.contentEnd, newText: `${eol}${body}${parentIndent}` };
}

/** Edits of XML documents that keep them well-formed and keep the file's layout (indentation, line endings). */
import type { TextEdit } from '../../findings';
import { indentationAt, lineEnding, wholeLinesRange } from '../../fixes/text-ranges';
import type { XmlAttribute, XmlElement } from '../../xml/xml-document';

/** Deletes an attribute with the white space before it (`<a x="1" b="2">` → `<a x="1">`). */
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
  return { ...wholeLinesRange(text, element.start, element.end), newText: '' };
}

/** One level of indentation in this document: a child's indentation beyond its parent's (4 spaces when it cannot be told). */
export function indentUnit(text: string, root: XmlElement): string {
  for (const child of root.children) {
    const parent = indentationAt(text, root.start);
    const own = indentationAt(text, child.start);
    if (own.length > parent.length && own.startsWith(parent) && lineStartsWith(text, child.start, own)) return own.slice(parent.length);
  }
  return '    ';
}

/** Whether only `indent` comes before `offset` on its line. */
function lineStartsWith(text: string, offset: number, indent: string): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset) === indent;
}

/**
 * Inserts `lines` (already indented relative to `parent`'s children, without line ends) as the last
 * children of `parent`, on lines of their own before its end tag. A self-closing parent is opened.
 */
export function appendChildLines(text: string, parent: XmlElement, unit: string, lines: readonly string[]): TextEdit {
  const eol = lineEnding(text);
  const parentIndent = indentationAt(text, parent.start);
  const body = lines.map((line) => (line === '' ? eol : `${parentIndent}${unit}${line}${eol}`)).join('');
  if (parent.contentEnd === parent.startTagEnd && text.slice(parent.startTagEnd - 2, parent.startTagEnd) === '/>') {
    // `<debug-overrides/>` → `<debug-overrides>…</debug-overrides>`.
    let tagEnd = parent.startTagEnd - 2;
    while (tagEnd > parent.start && /\s/.test(text[tagEnd - 1])) tagEnd--;
    return { start: tagEnd, end: parent.startTagEnd, newText: `>${eol}${body}${parentIndent}</${parent.name}>` };
  }
  const lineStart = text.lastIndexOf('\n', parent.contentEnd - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, parent.contentEnd))) return { start: lineStart, end: lineStart, newText: body };
  return { start: parent.contentEnd, end: parent.contentEnd, newText: `${eol}${body}${parentIndent}` };
}

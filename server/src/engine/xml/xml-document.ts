/**
 * XML parsed into a small element tree that keeps source offsets for elements, attributes and
 * text, so XML rules can report exact ranges. Built on saxes (strict, no DTD entity expansion:
 * entity-expansion bombs and external entities are rejected as undefined entities).
 */
import { SaxesParser } from 'saxes';

export interface XmlAttribute {
  name: string;
  value: string;
  /** Offset of the attribute name. */
  start: number;
  /** Offsets of the raw value between its quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlElement {
  name: string;
  parent: XmlElement | undefined;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Offset of `<`. */
  start: number;
  /** Offset just past the start tag's `>`. */
  startTagEnd: number;
  /** Offset of the end tag's `<` (equals startTagEnd for a self-closing element). */
  contentEnd: number;
  /** Offset just past the whole element. */
  end: number;
  /** Decoded text directly inside this element (not its children's). */
  text: string;
}

export interface XmlParseError {
  message: string;
  offset: number;
}

export type XmlParseResult = { root: XmlElement; error?: undefined } | { root?: undefined; error: XmlParseError };

const MAX_DEPTH = 256;

export function parseXml(source: string): XmlParseResult {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: XmlParseError | undefined;

  parser.on('opentagstart', (tag) => {
    const start = locateTagStart(source, parser.position, tag.name);
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      name: tag.name,
      parent,
      attributes: [],
      children: [],
      start,
      startTagEnd: start,
      contentEnd: start,
      end: start,
      text: '',
    };
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
    if (stack.length > MAX_DEPTH) throw new XmlLimitError(`elements nested deeper than ${MAX_DEPTH} levels`, start);
  });
  parser.on('opentag', (tag) => {
    const element = stack[stack.length - 1];
    element.startTagEnd = parser.position;
    element.attributes = readAttributes(source, element.start + 1 + tag.name.length, element.startTagEnd);
    if (tag.isSelfClosing) element.contentEnd = element.startTagEnd;
  });
  parser.on('text', (text) => {
    const element = stack[stack.length - 1];
    if (element) element.text += text;
  });
  parser.on('cdata', (text) => {
    const element = stack[stack.length - 1];
    if (element) element.text += text;
  });
  parser.on('closetag', (tag) => {
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    if (!tag.isSelfClosing) element.contentEnd = source.lastIndexOf('</', element.end - 1);
  });
  parser.on('error', (e) => {
    error ??= { message: e.message.replace(/^\d+:\d+: /, ''), offset: parser.position };
  });

  try {
    parser.write(source).close();
  } catch (e) {
    if (e instanceof XmlLimitError) error ??= { message: e.message, offset: e.offset };
    else error ??= { message: e instanceof Error ? e.message : String(e), offset: parser.position };
  }
  if (error) return { error };
  if (!root) return { error: { message: 'no root element', offset: 0 } };
  return { root };
}

class XmlLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** saxes reports the position after the tag name; step back to the `<` robustly. */
function locateTagStart(source: string, positionAfterName: number, name: string): number {
  const guess = positionAfterName - name.length - 1;
  if (source.startsWith('<' + name, guess)) return guess;
  const found = source.lastIndexOf('<' + name, positionAfterName);
  return found === -1 ? Math.max(0, guess) : found;
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Reads attributes from the raw start tag so each one has exact offsets. */
function readAttributes(source: string, from: number, tagEnd: number): XmlAttribute[] {
  const attributes: XmlAttribute[] = [];
  ATTRIBUTE.lastIndex = from;
  for (let m = ATTRIBUTE.exec(source); m && ATTRIBUTE.lastIndex <= tagEnd; m = ATTRIBUTE.exec(source)) {
    const raw = m[2] ?? m[3] ?? '';
    const valueEnd = ATTRIBUTE.lastIndex - 1;
    attributes.push({
      name: m[1],
      value: decodeEntities(raw),
      start: m.index + m[0].length - m[0].trimStart().length,
      valueStart: valueEnd - raw.length,
      valueEnd,
    });
  }
  return attributes;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}

export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Every element named `name` in document order, at any depth. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const child of e.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

export function hasAncestor(element: XmlElement, name: string): boolean {
  for (let p = element.parent; p; p = p.parent) if (p.name === name) return true;
  return false;
}

/** The offsets of an element's own text with surrounding white space trimmed. */
export function trimmedTextRange(source: string, element: XmlElement): { start: number; end: number } {
  let start = element.startTagEnd;
  let end = element.contentEnd;
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return { start, end };
}

/** Reading XML property lists (Info.plist, TrustKit config) as key/value trees, for pin-health rules. */
import { trimmedTextRange, type XmlElement } from '../../xml/xml-document';

/** The value element that follows `<key>name</key>` in a `<dict>`, or undefined. */
export function dictValue(dict: XmlElement, name: string): XmlElement | undefined {
  const { children } = dict;
  for (let i = 0; i + 1 < children.length; i++) {
    if (children[i].name === 'key' && children[i].text.trim() === name) return children[i + 1];
  }
  return undefined;
}

/** The `<key>` element for `name` in a `<dict>`, or undefined. */
export function dictKey(dict: XmlElement, name: string): XmlElement | undefined {
  return dict.children.find((c) => c.name === 'key' && c.text.trim() === name);
}

/** Key/value pairs of a `<dict>`, in document order. */
export function dictEntries(dict: XmlElement): { key: XmlElement; value: XmlElement }[] {
  const entries: { key: XmlElement; value: XmlElement }[] = [];
  const { children } = dict;
  for (let i = 0; i + 1 < children.length; i++) {
    if (children[i].name === 'key') entries.push({ key: children[i], value: children[i + 1] });
  }
  return entries;
}

/** The key naming `value` in its parent `<dict>` (for a domain dict: the domain), or undefined. */
export function keyOf(value: XmlElement): string | undefined {
  const siblings = value.parent?.children ?? [];
  const index = siblings.indexOf(value);
  const key = index > 0 ? siblings[index - 1] : undefined;
  return key?.name === 'key' ? key.text.trim() : undefined;
}

/** Offsets of an element's own text, trimmed. */
export function textRange(source: string, element: XmlElement): { start: number; end: number } {
  return trimmedTextRange(source, element);
}

/**
 * Reading XML property lists (Info.plist) as key → value pairs with source offsets. A `<dict>`
 * holds `<key>` elements each followed by its value element; comments are not elements, so keys
 * in `<!-- … -->` are never seen. Binary plists never get here (the scanner skips binary content).
 */
import type { RuleContext } from '../../rule';
import type { XmlElement } from '../../xml/xml-document';

export interface PlistEntry {
  /** The key's text, trimmed. */
  key: string;
  /** The `<key>` element. */
  keyElement: XmlElement;
  /** The value element after the key; undefined when the key is last or followed by another key. */
  value: XmlElement | undefined;
}

/** Deepest nesting the helpers follow; plists for apps are shallow. */
const MAX_DEPTH = 64;

/** The top-level value of a plist document (normally its root `<dict>`), or undefined. */
export function plistTopValue(context: RuleContext): XmlElement | undefined {
  const root = context.xmlRoot();
  if (root?.name !== 'plist') return undefined;
  return root.children[0];
}

/** The entries of a `<dict>` in document order; empty for anything that is not a dict. */
export function dictEntries(dict: XmlElement | undefined): PlistEntry[] {
  if (dict?.name !== 'dict') return [];
  const entries: PlistEntry[] = [];
  const children = dict.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.name !== 'key') continue;
    const next = children[i + 1];
    const value = next && next.name !== 'key' ? next : undefined;
    entries.push({ key: child.text.trim(), keyElement: child, value });
    if (value) i++;
  }
  return entries;
}

/** The value of `key` in a dict (the last one when a key is repeated, as CoreFoundation does). */
export function dictValue(dict: XmlElement | undefined, key: string): XmlElement | undefined {
  let found: XmlElement | undefined;
  for (const entry of dictEntries(dict)) if (entry.key === key) found = entry.value;
  return found;
}

/** The entry of `key` in a dict (the last one when repeated). */
export function dictEntry(dict: XmlElement | undefined, key: string): PlistEntry | undefined {
  let found: PlistEntry | undefined;
  for (const entry of dictEntries(dict)) if (entry.key === key) found = entry;
  return found;
}

/** `<true/>` → true, `<false/>` → false, anything else → undefined. */
export function plistBoolean(value: XmlElement | undefined): boolean | undefined {
  if (value?.name === 'true') return true;
  if (value?.name === 'false') return false;
  return undefined;
}

/** The trimmed text of a `<string>` value, else undefined. */
export function plistString(value: XmlElement | undefined): string | undefined {
  return value?.name === 'string' ? value.text.trim() : undefined;
}

/** The element children of an `<array>`, else empty. */
export function arrayItems(value: XmlElement | undefined): XmlElement[] {
  return value?.name === 'array' ? value.children : [];
}

/**
 * Every entry named `key` in any dict of the tree under `from` (arrays included), in document
 * order. Bounded by depth so hostile nesting cannot run away.
 */
export function findEntries(from: XmlElement | undefined, key: string): PlistEntry[] {
  const found: PlistEntry[] = [];
  const visit = (element: XmlElement, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (element.name === 'dict') {
      for (const entry of dictEntries(element)) {
        if (entry.key === key) found.push(entry);
        if (entry.value) visit(entry.value, depth + 1);
      }
    } else if (element.name === 'array') {
      for (const item of element.children) visit(item, depth + 1);
    }
  };
  if (from) visit(from, 0);
  return found;
}

/** Offsets [start, end) covering a key and its value, for reports. */
export function entryRange(entry: PlistEntry): { start: number; end: number } {
  return { start: entry.keyElement.start, end: (entry.value ?? entry.keyElement).end };
}

/** The `NSAppTransportSecurity` dictionaries of an Info.plist (normally one, at the top level). */
export function atsDictionaries(context: RuleContext): XmlElement[] {
  return findEntries(plistTopValue(context), 'NSAppTransportSecurity')
    .map((e) => e.value)
    .filter((v): v is XmlElement => v?.name === 'dict');
}

/** ATS exception domains: each `NSExceptionDomains` entry whose value is a dict. */
export function atsExceptionDomains(ats: XmlElement): PlistEntry[] {
  return dictEntries(dictValue(ats, 'NSExceptionDomains')).filter((e) => e.value?.name === 'dict');
}

const PRIVATE_IPV4 = /^(?:10|127)\.\d{1,3}\.\d{1,3}\.\d{1,3}$|^192\.168\.\d{1,3}\.\d{1,3}$|^172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$/;

/** Hosts that only exist on a developer machine or local network (where ATS exceptions are harmless). */
export function isLocalHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return h === 'localhost' || h === '::1' || h.endsWith('.localhost') || h.endsWith('.local') || PRIVATE_IPV4.test(h);
}

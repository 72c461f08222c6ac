/**
 * Edits of XML property lists that keep them valid and keep the file's own indentation: remove a
 * key with its value (and the lines they alone occupy), or replace a value in place.
 */
import type { TextEdit } from '../../findings';
import type { XmlElement } from '../../xml/xml-document';
import { trimmedTextRange } from '../../xml/xml-document';
import { removalEdit } from '../../fixes/text-ranges';
import { dictEntries, type PlistEntry } from './plist';

/** The edit removing a dict entry: its `<key>` and its value, with the lines they alone occupy. */
export function entryRemovalEdit(text: string, entry: PlistEntry): TextEdit {
  return removalEdit(text, entry.keyElement.start, (entry.value ?? entry.keyElement).end);
}

/** One level of nesting: a dict and its entry that leads to the next level (or is the one to remove). */
export interface PlistPathStep {
  dict: XmlElement;
  entry: PlistEntry;
}

/**
 * Removes the innermost entry of `path` (outermost first); when that would leave its dict empty,
 * removes the entry holding that dict instead, and so on up to the outermost step. Returns the
 * edit and the key actually removed.
 */
export function cascadingRemoval(text: string, path: readonly PlistPathStep[]): { edit: TextEdit; removedKey: string } {
  let level = path.length - 1;
  while (level > 0 && dictEntries(path[level].dict).length <= 1) level--;
  const entry = path[level].entry;
  return { edit: entryRemovalEdit(text, entry), removedKey: entry.key };
}

/** Replaces a `<true/>`/`<false/>` value element with the other boolean, written the same way. */
export function booleanValueEdit(value: XmlElement, to: boolean): TextEdit {
  return { start: value.start, end: value.end, newText: to ? '<true/>' : '<false/>' };
}

/** Replaces the text of a `<string>` value, keeping any white space around it. */
export function stringValueEdit(text: string, value: XmlElement, newValue: string): TextEdit {
  const range = trimmedTextRange(text, value);
  return { ...range, newText: newValue };
}

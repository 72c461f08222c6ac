/**
 * pubspec.yaml: `approov_service_flutter_httpclient: ^<version>` as the last entry of the top-level
 * `dependencies:` mapping, at the indentation of its other entries, so the YAML stays valid.
 */
import type { TextEdit } from '../../../findings';
import { lineEnding } from '../text-layout';

export const FLUTTER_PACKAGE = 'approov_service_flutter_httpclient';

export function pubspecDeclaresApproov(text: string): boolean {
  return new RegExp(`^[ \\t]+${FLUTTER_PACKAGE}[ \\t]*:`, 'm').test(text);
}

export type PubspecEdit = { edit?: TextEdit } | { reason: string };

/** The edit adding the package (no edit when it is already declared). */
export function pubspecEdit(text: string, version: string): PubspecEdit {
  if (pubspecDeclaresApproov(text)) return {};
  const eol = lineEnding(text);
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^dependencies[ \t]*:/.test(l));
  const entryFor = (indent: string): string => `${indent}${FLUTTER_PACKAGE}: ^${version}`;
  if (header < 0) {
    const separator = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return { edit: { start: text.length, end: text.length, newText: `${separator}${eol}dependencies:${eol}${entryFor('  ')}${eol}` } };
  }
  if (!/^dependencies[ \t]*:[ \t]*(?:#.*)?\r?$/.test(lines[header])) return { reason: 'the dependencies of pubspec.yaml are written in flow style' };

  // The block: following lines that are blank, comments, or indented; the last entry line ends it.
  let last = header;
  let indent: string | undefined;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    if (!/^[ \t]/.test(line)) break;
    indent ??= /^[ \t]+/.exec(line)![0];
    last = i;
  }
  let at = 0;
  for (let i = 0; i <= last; i++) at += lines[i].length + 1;
  const entry = entryFor(indent ?? '  ') + eol;
  if (at > text.length) return { edit: { start: text.length, end: text.length, newText: eol + entry } };
  return { edit: { start: at, end: at, newText: entry } };
}

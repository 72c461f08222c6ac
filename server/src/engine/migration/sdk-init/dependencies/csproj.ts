/** The .csproj of a MAUI app: `<PackageReference Include="ApproovService" Version="…" />` next to the other package references. */
import type { TextEdit } from '../../../findings';
import { childElements, parseXml, attribute } from '../../../xml/xml-document';
import { indentationAt, lineEnding, lineStart, nextLineStart } from '../text-layout';

export const MAUI_PACKAGE = 'ApproovService';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type CsprojEdit = { edit?: TextEdit } | { reason: string };

export function csprojEdit(text: string, version: string): CsprojEdit {
  const parsed = parseXml(text);
  if (!parsed.root) return { reason: 'the project file does not parse' };
  const references = childElements(parsed.root, 'ItemGroup').flatMap((g) => childElements(g, 'PackageReference'));
  if (references.some((r) => attribute(r, 'Include')?.value.trim().toLowerCase() === MAUI_PACKAGE.toLowerCase())) return {};
  const eol = lineEnding(text);
  const element = `<PackageReference Include="${MAUI_PACKAGE}" Version="${escapeAttribute(version)}" />`;
  const last = references.at(-1);
  if (last) {
    const at = nextLineStart(text, last.end);
    return { edit: { start: at, end: at, newText: indentationAt(text, last.start) + element + eol } };
  }
  const close = parsed.root.contentEnd;
  const group = childElements(parsed.root, 'ItemGroup')[0] ?? childElements(parsed.root, 'PropertyGroup')[0];
  const indent = group ? indentationAt(text, group.start) : '  ';
  const unit = indent || '  ';
  const at = lineStart(text, close);
  return { edit: { start: at, end: at, newText: `${eol}${indent}<ItemGroup>${eol}${indent}${unit}${element}${eol}${indent}</ItemGroup>${eol}` } };
}

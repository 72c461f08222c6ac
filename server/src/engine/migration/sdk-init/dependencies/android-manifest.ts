/**
 * AndroidManifest.xml for the SDK initialisation: which Application class it names, registering a
 * new one, and the two permissions the Approov SDK needs (INTERNET, ACCESS_NETWORK_STATE).
 */
import type { TextEdit } from '../../../findings';
import { attribute, childElements, parseXml, type XmlElement } from '../../../xml/xml-document';
import { indentationAt, lineEnding, lineStart, onlySpaceBefore } from '../text-layout';

export const REQUIRED_PERMISSIONS = ['android.permission.INTERNET', 'android.permission.ACCESS_NETWORK_STATE'] as const;

export interface ManifestInfo {
  /** `<manifest package="…">`, when the manifest still has it (newer projects set `namespace` in Gradle). */
  packageName?: string;
  /** `<application android:name>` as written (`.ShopApp`, `ShopApp` or fully qualified). */
  applicationName?: string;
  application?: XmlElement;
  root: XmlElement;
}

export function readManifest(text: string): ManifestInfo | undefined {
  const parsed = parseXml(text);
  if (!parsed.root || parsed.root.name !== 'manifest') return undefined;
  const application = childElements(parsed.root, 'application')[0];
  return {
    root: parsed.root,
    packageName: attribute(parsed.root, 'package')?.value.trim() || undefined,
    application,
    applicationName: application ? attribute(application, 'android:name')?.value.trim() || undefined : undefined,
  };
}

/** The fully qualified class an `android:name` names, relative names resolved against the namespace. */
export function qualifiedClassName(name: string, namespace: string | undefined): string {
  if (name.startsWith('.')) return (namespace ?? '') + name;
  if (!name.includes('.') && namespace) return `${namespace}.${name}`;
  return name;
}

/** Adds `android:name="<name>"` to `<application>`, in the layout of its other attributes. */
export function registerApplicationEdit(text: string, info: ManifestInfo, name: string): TextEdit | undefined {
  const application = info.application;
  if (!application) return undefined;
  const first = application.attributes[0];
  const attr = `android:name="${name}"`;
  if (first && onlySpaceBefore(text, first.start) && lineStart(text, first.start) > application.start) {
    // One attribute per line: a line of its own, before the first.
    const at = lineStart(text, first.start);
    return { start: at, end: at, newText: indentationAt(text, first.start) + attr + lineEnding(text) };
  }
  const at = application.start + '<application'.length;
  return { start: at, end: at, newText: ' ' + attr };
}

/** `<uses-permission>` lines for the permissions the manifest lacks, before `<application>`. */
export function permissionEdits(text: string, info: ManifestInfo): { edit?: TextEdit; added: string[] } {
  const declared = new Set(childElements(info.root, 'uses-permission').map((p) => attribute(p, 'android:name')?.value.trim()));
  const missing = REQUIRED_PERMISSIONS.filter((p) => !declared.has(p));
  if (missing.length === 0) return { added: [] };
  const eol = lineEnding(text);
  const anchor = childElements(info.root, 'uses-permission').at(-1) ?? info.application;
  if (!anchor) return { added: [] };
  const indent = indentationAt(text, anchor.start);
  const lines = missing.map((p) => `${indent}<uses-permission android:name="${p}" />${eol}`).join('');
  if (anchor === info.application) {
    const at = lineStart(text, anchor.start);
    return onlySpaceBefore(text, anchor.start) ? { edit: { start: at, end: at, newText: lines + eol }, added: [...missing] } : { added: [] };
  }
  // After the last <uses-permission>, on the following line.
  const newline = text.indexOf('\n', anchor.end);
  const at = newline < 0 ? text.length : newline + 1;
  return { edit: { start: at, end: at, newText: lines }, added: [...missing] };
}

/** Reading TrustKit pinning policies from Info.plist `TSKConfiguration` and from Swift/Objective-C code. */
import type { CodeView } from '../../lexer/code-view';
import type { RuleContext } from '../../rule';
import type { XmlElement } from '../../xml/xml-document';
import { closingBracket, collectionElements, constantInitializer, enclosingOpen, hostLabel, hostsOfValue, resolveString } from './apple-code';
import { dictEntries, dictValue, findEntries, plistTopValue, type PlistEntry } from './plist';

/** A plist key as TrustKit reads it; the constants' values drop the leading `k` (`kTSKPinnedDomains` → `TSKPinnedDomains`). */
export function isTskKey(key: string, name: string): boolean {
  return key === name || key === 'k' + name;
}

/** The pinned-domain entries of every `TSKConfiguration` in a plist. */
export function plistTrustKitDomains(context: RuleContext): PlistEntry[] {
  const domains: PlistEntry[] = [];
  const configs = [...findEntries(plistTopValue(context), 'TSKConfiguration'), ...findEntries(plistTopValue(context), 'kTSKConfiguration')];
  for (const config of configs) {
    for (const entry of dictEntries(config.value)) {
      if (!isTskKey(entry.key, 'TSKPinnedDomains')) continue;
      for (const domain of dictEntries(entry.value)) if (domain.value?.name === 'dict') domains.push(domain);
    }
  }
  return domains;
}

/** The value of a TrustKit key in a plist domain policy, under either spelling. */
export function tskValue(policy: XmlElement | undefined, name: string): XmlElement | undefined {
  return dictValue(policy, name) ?? dictValue(policy, 'k' + name);
}

/** A false boolean as Swift and Objective-C write it in a TrustKit configuration (`false`, `NO`, `@NO`, `NSNumber(value: false)`, …). */
export const FALSE_VALUE =
  /^(?:false|NO|@NO|@\(\s*(?:NO|false)\s*\)|NSNumber\s*\(\s*(?:value|booleanLiteral)\s*:\s*false\s*\)|\[\s*NSNumber\s+numberWithBool\s*:\s*(?:NO|false)\s*\]|kCFBooleanFalse)(?![\w.(])/;

const BASE64_HASH = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function looksLikeBase64Hash(value: string): boolean {
  return BASE64_HASH.test(value.trim());
}

/** A hash written in a TrustKit configuration, with where its value is written when that can be told. */
export interface TrustKitHash {
  value: string;
  range?: { start: number; end: number };
}

/** The literal hash strings of a `kTSKPublicKeyHashes` value (array literal, or a constant holding one). */
export function hashesOfValue(view: CodeView, valueStart: number, depth = 0): TrustKitHash[] {
  const masked = view.masked;
  let open = valueStart;
  if (masked[open] === '@') open++;
  if (masked[open] === '[') {
    const hashes: TrustKitHash[] = [];
    for (const element of collectionElements(view, open)) {
      const resolved = resolveString(view, element);
      if (resolved.literal && looksLikeBase64Hash(resolved.value)) hashes.push(trimmedHash(resolved.value, resolved.range));
    }
    return hashes;
  }
  const name = /^(?:self\.|Self\.|[A-Z]\w*\.)?([A-Za-z_]\w*)\b/.exec(masked.slice(valueStart, valueStart + 200))?.[1];
  if (!name || depth > 1) return [];
  const initializer = constantInitializer(view, name);
  return initializer ? hashesOfValue(view, initializer.start, depth + 1) : [];
}

/** The hash without surrounding spaces, its range narrowed to match (literal values are written as is). */
function trimmedHash(value: string, range: { start: number; end: number } | undefined): TrustKitHash {
  const trimmed = value.trim();
  if (!range || range.end - range.start !== value.length) return { value: trimmed };
  const lead = value.length - value.trimStart().length;
  return { value: trimmed, range: { start: range.start + lead, end: range.start + lead + trimmed.length } };
}

/**
 * The `kTSKExpirationDate` string literal of the domain policy dictionary that holds `offset` (the
 * `kTSKPublicKeyHashes` key), or undefined when the policy has none.
 */
export function trustKitExpirationAt(view: CodeView, offset: number): { value: string; start: number; end: number } | undefined {
  const open = enclosingOpen(view, offset);
  if (open === -1) return undefined;
  const close = closingBracket(view, open);
  if (close === -1) return undefined;
  const key = /\bkTSKExpirationDate\b\s*:\s*/g;
  key.lastIndex = open;
  for (let m = key.exec(view.masked); m && m.index < close; m = key.exec(view.masked)) {
    if (enclosingOpen(view, m.index) !== open) continue;
    const literal = view.stringAt(m.index + m[0].length);
    if (literal && !literal.interpolated) return { value: literal.value, start: literal.valueStart, end: literal.valueEnd };
  }
  return undefined;
}

/** The host of the TrustKit domain policy dictionary that contains `offset`. */
export function trustKitHostAt(view: CodeView, offset: number): string {
  const masked = view.masked;
  const open = enclosingOpen(view, offset);
  if (open === -1) return hostLabel([]);
  const valueStart = masked[open] === '{' && masked[open - 1] === '@' ? open - 1 : open;
  return hostLabel(hostsOfValue(view, valueStart));
}

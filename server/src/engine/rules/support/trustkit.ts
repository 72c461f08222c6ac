/** Reading TrustKit pinning policies from Info.plist `TSKConfiguration` and from Swift/Objective-C code. */
import type { CodeView } from '../../lexer/code-view';
import type { RuleContext } from '../../rule';
import type { XmlElement } from '../../xml/xml-document';
import { collectionElements, constantInitializer, enclosingOpen, hostLabel, hostsOfValue, resolveString } from './apple-code';
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

const BASE64_HASH = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function looksLikeBase64Hash(value: string): boolean {
  return BASE64_HASH.test(value.trim());
}

/** The literal hash strings of a `kTSKPublicKeyHashes` value (array literal, or a constant holding one). */
export function hashesOfValue(view: CodeView, valueStart: number, depth = 0): string[] {
  const masked = view.masked;
  let open = valueStart;
  if (masked[open] === '@') open++;
  if (masked[open] === '[') {
    const hashes: string[] = [];
    for (const element of collectionElements(view, open)) {
      const resolved = resolveString(view, element);
      if (resolved.literal && looksLikeBase64Hash(resolved.value)) hashes.push(resolved.value.trim());
    }
    return hashes;
  }
  const name = /^(?:self\.|Self\.|[A-Z]\w*\.)?([A-Za-z_]\w*)\b/.exec(masked.slice(valueStart, valueStart + 200))?.[1];
  if (!name || depth > 1) return [];
  const initializer = constantInitializer(view, name);
  return initializer ? hashesOfValue(view, initializer.start, depth + 1) : [];
}

/** The host of the TrustKit domain policy dictionary that contains `offset`. */
export function trustKitHostAt(view: CodeView, offset: number): string {
  const masked = view.masked;
  const open = enclosingOpen(view, offset);
  if (open === -1) return hostLabel([]);
  const valueStart = masked[open] === '{' && masked[open - 1] === '@' ? open - 1 : open;
  return hostLabel(hostsOfValue(view, valueStart));
}

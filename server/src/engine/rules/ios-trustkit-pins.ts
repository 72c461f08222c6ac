import type { Rule, RuleContext } from '../rule';
import { MAX_OCCURRENCES } from './support/apple-code';
import { skipSpace } from './support/code-syntax';
import { canonicalPin, pinCount } from './support/pins';
import { arrayItems, plistString } from './support/plist';
import { hashesOfValue, looksLikeBase64Hash, plistTrustKitDomains, trustKitExpirationAt, trustKitHostAt, tskValue } from './support/trustkit';
import { trimmedTextRange } from '../xml/xml-document';

function message(host: string, pins: string[], where: string): string {
  return (
    `Certificate pins for \`${host}\` are hardcoded in a TrustKit ${where} (${pinCount(pins)}). ` +
    'When the server key rotates, installed apps that have not updated fail to connect (or, past kTSKExpirationDate, silently stop pinning), and anyone can read the pins from the app bundle. ' +
    'Remove the static TrustKit policy and deliver pins at runtime with dynamic pinning.'
  );
}

function detectPlist(context: RuleContext): void {
  for (const domain of plistTrustKitDomains(context)) {
    const hashes = tskValue(domain.value, 'TSKPublicKeyHashes');
    if (!hashes) continue;
    const items = arrayItems(hashes).filter((item) => {
      const value = plistString(item);
      return value !== undefined && looksLikeBase64Hash(value);
    });
    if (items.length === 0) continue;
    const pins = items.map((item) => canonicalPin('SHA-256', plistString(item)!));
    const date = tskValue(domain.value, 'TSKExpirationDate');
    context.report({
      start: domain.keyElement.start,
      end: domain.keyElement.end,
      host: domain.key,
      pins,
      pinRanges: items.map((item) => trimmedTextRange(context.text, item)),
      expiration: date?.name === 'string' ? { value: date.text.trim(), ...trimmedTextRange(context.text, date) } : null,
      message: message(domain.key, pins, 'TSKConfiguration in Info.plist'),
    });
  }
}

function detectCode(context: RuleContext): void {
  const view = context.code();
  const masked = view.masked;
  const key = /\bkTSKPublicKeyHashes\b\s*:/g;
  let seen = 0;
  for (let m = key.exec(masked); m && seen < MAX_OCCURRENCES; m = key.exec(masked), seen++) {
    const hashes = hashesOfValue(view, skipSpace(masked, m.index + m[0].length));
    if (hashes.length === 0) continue;
    const pins = hashes.map((h) => canonicalPin('SHA-256', h.value));
    const host = trustKitHostAt(view, m.index);
    context.report({
      start: m.index,
      end: m.index + 'kTSKPublicKeyHashes'.length,
      host,
      pins,
      pinRanges: hashes.map((h) => h.range),
      expiration: trustKitExpirationAt(view, m.index) ?? null,
      message: message(host, pins, 'configuration'),
    });
  }
}

/** Static TrustKit pins: `kTSKPublicKeyHashes` in Swift/Objective-C configuration dictionaries and in an Info.plist `TSKConfiguration`. */
export const iosTrustKitPins: Rule = {
  meta: {
    id: 'ios-trustkit-pins',
    title: 'Certificate pins hardcoded in a TrustKit configuration',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['swift', 'objc', 'plist'],
    keywords: ['TSKPublicKeyHashes'],
    fixable: false,
    docs: [
      'Flags each pinned domain of a TrustKit policy whose `kTSKPublicKeyHashes` are written in the app: Swift `[kTSKPublicKeyHashes: ["…", "…"]]` and Objective-C `@{ kTSKPublicKeyHashes : @[@"…"] }` dictionaries passed to `TrustKit.initSharedInstance(withConfiguration:)`, hashes in constants, and the `TSKConfiguration` dictionary of an Info.plist. Policies whose hashes are fetched at runtime are not flagged.',
      '',
      '**Why it matters.** The pins ship inside the app. When the server key rotates, every installed copy that has not updated fails to connect to the domain; when `kTSKExpirationDate` passes, pinning silently stops. Anyone who unpacks the IPA can read the pins.',
      '',
      '**What to do.** Remove the static TrustKit policy and let a dynamic pinning SDK supply the pins at runtime (`ApproovURLSession` for URLSession, `ApproovSession` for Alamofire), so they can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'plist') detectPlist(context);
    else detectCode(context);
  },
};

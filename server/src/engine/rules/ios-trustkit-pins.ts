import type { Rule, RuleContext } from '../rule';
import { MAX_OCCURRENCES } from './support/apple-code';
import { skipSpace } from './support/code-syntax';
import { canonicalPin, pinCount } from './support/pins';
import { arrayItems, plistString } from './support/plist';
import { hashesOfValue, looksLikeBase64Hash, plistTrustKitDomains, trustKitExpirationAt, trustKitHostAt, tskValue } from './support/trustkit';
import { trimmedTextRange } from '../xml/xml-document';
import { codeTrustKitFixes, plistTrustKitFixes } from './support/trustkit-fixes';

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
      fixes: plistTrustKitFixes(context, domain),
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
      fixes: codeTrustKitFixes(view, context.kind === 'objc' ? 'objc' : 'swift', m.index),
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
    fixable: true,
    docs: [
      'Flags each pinned domain of a TrustKit policy whose `kTSKPublicKeyHashes` are written in the app: Swift `[kTSKPublicKeyHashes: ["…", "…"]]` and Objective-C `@{ kTSKPublicKeyHashes : @[@"…"] }` dictionaries passed to `TrustKit.initSharedInstance(withConfiguration:)`, hashes in constants, and the `TSKConfiguration` dictionary of an Info.plist. Policies whose hashes are fetched at runtime are not flagged.',
      '',
      '**Why it matters.** The pins ship inside the app. When the server key rotates, every installed copy that has not updated fails to connect to the domain; when `kTSKExpirationDate` passes, pinning silently stops. Anyone who unpacks the IPA can read the pins.',
      '',
      '**What to do.** Remove the static TrustKit policy and let a dynamic pinning SDK supply the pins at runtime (`ApproovURLSession` for URLSession, `ApproovSession` for Alamofire), so they can be rotated without a release.',
      '',
      '**Quick fix.** When every domain of the configuration has static pins (or does not enforce them), removes TrustKit altogether: the `TSKConfiguration` key of an Info.plist, or the `TrustKit.initSharedInstance(withConfiguration:)` / `[TrustKit initSharedInstanceWithConfiguration:]` statement with the configuration variable only it uses, and the `import TrustKit` when nothing else in the file needs it. In a Swift file the fix also creates the file\'s sessions with `ApproovURLSession(configuration:…)` and renames `data(for:)`-style async calls on them to `dataWithApproov(for:)` (`import ApproovURLSession`). While another domain keeps a runtime policy, only this domain\'s entry is removed (TrustKit refuses a configuration without domains). No fix is offered when the policy or configuration is built in pieces or passed elsewhere. When `kTSKSwizzleNetworkDelegates` is false, or the file calls `TrustKit.sharedInstance()`/`pinningValidator`, the removal is offered with a follow-up step and is left out of fix-all: `TrustKit.sharedInstance()` raises once TrustKit is not initialised, so the delegates\' `pinningValidator` calls must go too. Other files may still call it: search the project before shipping.',
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'plist') detectPlist(context);
    else detectCode(context);
  },
};

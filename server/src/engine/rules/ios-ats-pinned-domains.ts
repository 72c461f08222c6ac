import type { Rule, TextRange } from '../rule';
import { trimmedTextRange } from '../xml/xml-document';
import { canonicalPin, pinCount } from './support/pins';
import { arrayItems, atsDictionaries, dictEntries, dictEntry, dictValue, plistString } from './support/plist';

const IDENTITY_KEYS = ['NSPinnedLeafIdentities', 'NSPinnedCAIdentities'] as const;

/** Static `NSPinnedDomains` pins in an Info.plist's App Transport Security dictionary. */
export const iosAtsPinnedDomains: Rule = {
  meta: {
    id: 'ios-ats-pinned-domains',
    title: 'Certificate pins hardcoded in Info.plist NSPinnedDomains',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: ['NSPinnedDomains'],
    fixable: false,
    docs: [
      'Flags each domain under `NSAppTransportSecurity` → `NSPinnedDomains` that has `NSPinnedLeafIdentities` or `NSPinnedCAIdentities`, with the `SPKI-SHA256-BASE64` pins it lists.',
      '',
      '**Why it matters.** These pins ship inside the app bundle. When the server key (leaf pins) or the issuing CA (CA pins) changes, every installed copy that has not updated fails every connection to the domain until users update. Anyone who unpacks the IPA can read the pins, and a jailbroken device can patch them.',
      '',
      '**What to do.** Remove the `NSPinnedDomains` entry and let a dynamic pinning SDK supply the pins at runtime (for URLSession: `ApproovURLSession`), so they can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    for (const ats of atsDictionaries(context)) {
      for (const domain of dictEntries(dictValue(ats, 'NSPinnedDomains'))) {
        if (domain.value?.name !== 'dict') continue;
        const present = IDENTITY_KEYS.filter((k) => dictEntry(domain.value, k));
        if (present.length === 0) continue;
        const pins: string[] = [];
        const pinRanges: TextRange[] = [];
        for (const key of present) {
          for (const identity of arrayItems(dictValue(domain.value, key))) {
            const element = dictValue(identity, 'SPKI-SHA256-BASE64');
            const base64 = plistString(element);
            if (base64 && element) {
              pins.push(canonicalPin('SHA-256', base64));
              pinRanges.push(trimmedTextRange(context.text, element));
            }
          }
        }
        const kind = present.length === 2 ? 'leaf and CA' : present[0] === 'NSPinnedLeafIdentities' ? 'leaf' : 'CA';
        context.report({
          start: domain.keyElement.start,
          end: domain.keyElement.end,
          host: domain.key,
          pins,
          pinRanges,
          message:
            `Certificate pins for \`${domain.key}\` are hardcoded in Info.plist NSPinnedDomains (${pinCount(pins)}, ${kind} identities). ` +
            'When the server key or CA changes, installed apps that have not updated cannot connect, and anyone can read the pins from the app bundle. ' +
            'Remove the entry and deliver pins at runtime with dynamic pinning.',
        });
      }
    }
  },
};

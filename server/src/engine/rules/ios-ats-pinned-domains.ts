import type { Fix } from '../findings';
import type { Rule, RuleContext, TextRange } from '../rule';
import { trimmedTextRange } from '../xml/xml-document';
import { canonicalPin, pinCount } from './support/pins';
import { arrayItems, dictEntries, dictEntry, dictValue, findEntries, plistString, plistTopValue, type PlistEntry } from './support/plist';
import { cascadingRemoval, entryRemovalEdit, type PlistPathStep } from './support/plist-edits';

const IDENTITY_KEYS = ['NSPinnedLeafIdentities', 'NSPinnedCAIdentities'] as const;

function isPinnedDomain(domain: PlistEntry): boolean {
  return domain.value?.name === 'dict' && IDENTITY_KEYS.some((k) => dictEntry(domain.value, k));
}

/**
 * Removing a domain's pins: its entry, or, when every domain of `NSPinnedDomains` is pinned (so all
 * of them go in a migration), the whole `NSPinnedDomains` key, and the `NSAppTransportSecurity` key
 * too when nothing else is left in it (`whole`, shared by all the domains). The fix for one domain
 * alone is offered as well.
 */
function removalFixes(context: RuleContext, domain: PlistEntry, whole: Fix | undefined, domainCount: number): Fix[] {
  const own: Fix = {
    title: `Remove the NSPinnedDomains entry for ${domain.key} (pins then come from dynamic pinning)`,
    edits: [entryRemovalEdit(context.text, domain)],
  };
  if (!whole) return [{ ...own, preferred: true }];
  return domainCount > 1 ? [whole, own] : [whole];
}

function wholeRemovalFix(context: RuleContext, path: PlistPathStep[], domains: PlistEntry[]): Fix | undefined {
  if (!domains.every(isPinnedDomain)) return undefined;
  const { edit, removedKey } = cascadingRemoval(context.text, path);
  return {
    title: `Remove ${removedKey} with the static pins of ${domains.map((d) => d.key).join(', ')} (pins then come from dynamic pinning)`,
    preferred: true,
    edits: [edit],
  };
}

/** Static `NSPinnedDomains` pins in an Info.plist's App Transport Security dictionary. */
export const iosAtsPinnedDomains: Rule = {
  meta: {
    id: 'ios-ats-pinned-domains',
    title: 'Certificate pins hardcoded in Info.plist NSPinnedDomains',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: ['NSPinnedDomains'],
    fixable: true,
    docs: [
      'Flags each domain under `NSAppTransportSecurity` → `NSPinnedDomains` that has `NSPinnedLeafIdentities` or `NSPinnedCAIdentities`, with the `SPKI-SHA256-BASE64` pins it lists.',
      '',
      '**Why it matters.** These pins ship inside the app bundle. When the server key (leaf pins) or the issuing CA (CA pins) changes, every installed copy that has not updated fails every connection to the domain until users update. Anyone who unpacks the IPA can read the pins, and a jailbroken device can patch them.',
      '',
      '**What to do.** Remove the `NSPinnedDomains` entry and let a dynamic pinning SDK supply the pins at runtime (for URLSession: `ApproovURLSession`), so they can be rotated without a release.',
      '',
      '**Quick fix.** Removes the domain\'s entry; when every domain under `NSPinnedDomains` is pinned, the preferred fix removes the whole `NSPinnedDomains` key (and `NSAppTransportSecurity` when nothing else is left in it), and removing one domain alone stays available. The other ATS keys and the file\'s indentation are kept. Add the hosts to the dynamic pinning service (`approov api -add <host>`) and create sessions with `ApproovURLSession`.',
    ].join('\n'),
  },
  detect(context) {
    for (const atsEntry of findEntries(plistTopValue(context), 'NSAppTransportSecurity')) {
      const ats = atsEntry.value;
      const top = atsEntry.keyElement.parent;
      if (ats?.name !== 'dict' || !top) continue;
      const pinnedEntry = dictEntry(ats, 'NSPinnedDomains');
      const pinnedDict = pinnedEntry?.value;
      const domains = dictEntries(pinnedDict);
      const whole = pinnedEntry && wholeRemovalFix(context, [{ dict: top, entry: atsEntry }, { dict: ats, entry: pinnedEntry }], domains);
      for (const domain of domains) {
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
          fixes: removalFixes(context, domain, whole, domains.length),
          message:
            `Certificate pins for \`${domain.key}\` are hardcoded in Info.plist NSPinnedDomains (${pinCount(pins)}, ${kind} identities). ` +
            'When the server key or CA changes, installed apps that have not updated cannot connect, and anyone can read the pins from the app bundle. ' +
            'Remove the entry and deliver pins at runtime with dynamic pinning.',
        });
      }
    }
  },
};


import type { Rule } from '../rule';
import { canonicalPin } from './support/pins';
import { dictEntries, dictKey, dictValue, textRange } from './support/pin-health-plist';

const LEAF = 'NSPinnedLeafIdentities';
const CA = 'NSPinnedCAIdentities';

/** iOS `NSPinnedDomains` entries that pin only leaf certificate keys. */
export const pinLeafOnly: Rule = {
  meta: {
    id: 'pin-leaf-only',
    title: 'Only leaf certificate keys are pinned (no CA pin)',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: [LEAF],
    fixable: false,
    docs: [
      'Flags a domain under `NSAppTransportSecurity` → `NSPinnedDomains` in an `Info.plist` that lists `NSPinnedLeafIdentities` but no `NSPinnedCAIdentities`.',
      '',
      '**Why it matters.** Leaf certificates are the most often replaced part of a chain (every 90 days with ACME certificate authorities), and a renewal or a CDN change may come with a new key. Pinning only the leaf keys means such a routine change breaks every connection to the domain until users install an update.',
      '',
      '**What to do.** Also pin the issuing CA (`NSPinnedCAIdentities`) or a backup key, and keep the leaf key across renewals; better, deliver pins at runtime with dynamic pinning.',
    ].join('\n'),
  },
  detect(context) {
    const root = context.xmlRoot();
    if (root?.name !== 'plist') return;
    const top = root.children.find((c) => c.name === 'dict');
    const ats = top && dictValue(top, 'NSAppTransportSecurity');
    const domains = ats?.name === 'dict' ? dictValue(ats, 'NSPinnedDomains') : undefined;
    if (domains?.name !== 'dict') return;
    for (const { key, value } of dictEntries(domains)) {
      if (value.name !== 'dict') continue;
      const leafKey = dictKey(value, LEAF);
      if (!leafKey || dictKey(value, CA)) continue;
      const host = key.text.trim();
      const leaves = dictValue(value, LEAF);
      const pins = (leaves?.children ?? [])
        .filter((d) => d.name === 'dict')
        .map((d) => dictValue(d, 'SPKI-SHA256-BASE64'))
        .filter((s) => s?.name === 'string')
        .map((s) => canonicalPin('SHA-256', s!.text));
      const { start, end } = textRange(context.text, leafKey);
      context.report({
        start,
        end,
        host,
        pins,
        message:
          `\`${host}\` pins only leaf certificate keys (${LEAF} without ${CA}): leaf certificates are replaced often, and a renewal with a new key breaks every connection to \`${host}\` until users update. ` +
          'Also pin the issuing CA or a backup key, or deliver pins at runtime with dynamic pinning.',
      });
    }
  },
};

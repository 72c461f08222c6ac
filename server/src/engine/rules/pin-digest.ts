import type { Rule } from '../rule';
import { attribute, descendants } from '../xml/xml-document';
import { domainsOf, networkSecurityConfigRoot } from './support/network-security-config';

/** NSC `<pin>` elements whose digest is missing or not SHA-256. */
export const pinDigest: Rule = {
  meta: {
    id: 'pin-digest',
    title: 'Network security config pin with a digest other than SHA-256',
    category: 'pin-health',
    severity: 'error',
    fileKinds: ['xml'],
    keywords: ['pin-set'],
    fixable: false,
    docs: [
      'Flags `<pin>` elements of an Android network security config whose `digest` attribute is missing or names an algorithm other than `SHA-256` (for example `SHA-1` or `SHA-512`).',
      '',
      '**Why it matters.** Android supports only `SHA-256` pins. Any other digest, or none, makes Android reject the whole network security config when the app first connects, so the app fails instead of pinning.',
      '',
      '**What to do.** Write `digest="SHA-256"` with the base64 SHA-256 of the server key\'s SubjectPublicKeyInfo, or drop the static pins and deliver them at runtime with dynamic pinning.',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const pinSet of descendants(root, 'pin-set')) {
      const host = pinSet.parent?.name === 'domain-config' ? domainsOf(pinSet.parent).join(', ') : '';
      for (const pin of pinSet.children) {
        if (pin.name !== 'pin') continue;
        const digest = attribute(pin, 'digest');
        if (digest && digest.value.toUpperCase() === 'SHA-256') continue;
        const why = 'Android supports only SHA-256 pins and rejects the whole network security config, so the app fails at its first connection instead of pinning.';
        context.report(
          digest
            ? {
                start: digest.valueStart,
                end: digest.valueEnd,
                host,
                message: `Unsupported pin digest \`${digest.value}\`: ${why} Use \`digest="SHA-256"\` with the base64 SHA-256 of the server key, or dynamic pinning.`,
              }
            : {
                start: pin.start,
                end: pin.startTagEnd,
                host,
                message: `This \`<pin>\` has no \`digest\` attribute: ${why} Add \`digest="SHA-256"\`, or use dynamic pinning.`,
              },
        );
      }
    }
  },
};

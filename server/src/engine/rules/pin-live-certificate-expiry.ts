import type { LiveRule } from '../live-checks';
import { certificateLabel } from './support/live-messages';
import { formatDay, parseDay } from './support/pin-health-dates';

/** A pinned certificate the host serves expires before the pin set's own expiration date. */
export const pinLiveCertificateExpiry: LiveRule = {
  meta: {
    id: 'pin-live-certificate-expiry',
    title: 'A pinned certificate the live host serves expires before the pin set does',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'Only on request (`--verify-live` or the VS Code command), for pin sets with an expiry date (NSC `<pin-set expiration>`, TrustKit `kTSKExpirationDate`): flags a served certificate, matched by a pin of the set, whose validity ends before the pin set\'s expiration.',
      '',
      '**Why it matters.** When that certificate is replaced, its successor may come with a new key; between that day and the pin set\'s expiration the pins are still enforced and the app cannot connect.',
      '',
      '**What to do.** Make sure a pin of the set names a key that outlives the pin set (the intermediate\'s, or a backup key the server will move to), set the expiration earlier, or deliver pins at runtime with dynamic pinning.',
    ].join('\n'),
  },
  detect() {},
  checkLive({ pinSet, match, report }) {
    const expiration = pinSet.expiration ? parseDay(pinSet.expiration) : undefined;
    if (!match || !expiration) return;
    const reported = new Set<string>();
    for (const m of match.matched) {
      const certificate = m.certificate!;
      if (certificate.notAfter.getTime() >= expiration.getTime() || reported.has(certificate.certificateSha256Hex)) continue;
      reported.add(certificate.certificateSha256Hex);
      report({
        pins: [m.pin],
        message:
          `The ${certificateLabel(certificate)} pinned for \`${pinSet.host}\` expires on ${formatDay(certificate.notAfter)}, before the pin set's expiration ${formatDay(expiration)}: ` +
          'if its replacement has a new key, the app cannot connect until the pin set expires. Pin a key that outlives the set, or move to dynamic pinning.',
      });
    }
  },
};

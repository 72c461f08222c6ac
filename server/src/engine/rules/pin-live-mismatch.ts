import type { LiveRule } from '../live-checks';
import { describeServed, certificateLabel } from './support/live-messages';
import { shortPin } from './support/pin-values';

/** A pin set none of whose pins names a certificate the host serves (on request only: needs the network). */
export const pinLiveMismatch: LiveRule = {
  meta: {
    id: 'pin-live-mismatch',
    title: 'No pin of a pin set matches the certificates the live host serves',
    category: 'pin-health',
    severity: 'error',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'Only on request (`pin-hygiene scan --verify-live`, or **Pin Hygiene: Verify Pins Against Live Servers** in VS Code): the pinned host is contacted and each pin is compared with the key (SPKI SHA-256) and the certificate fingerprint of every certificate in the chain it serves.',
      '',
      'Flags a pin set of which **no** pin matches any served certificate (error): an app enforcing it cannot connect to the host today. Pins of a working set that match nothing are listed at `info` level: they may be backups for keys not in use yet, or stale.',
      '',
      '**Why it matters.** A pin set that matches nothing means every connection fails: the server\'s keys changed, or the pins were wrong from the start.',
      '',
      '**What to do.** Look the host up (`pin-hygiene pins HOST`, or **Pin Hygiene: Look Up Pins for Host…**) and pin the current intermediate key plus a backup; better, deliver pins at runtime with dynamic pinning so a key change needs no app release.',
    ].join('\n'),
  },
  detect() {},
  checkLive({ pinSet, check, match, chain, report }) {
    if (!match || !check.lookup) return;
    const host = pinSet.host!;
    if (match.matched.length === 0) {
      report({
        message: `No pin for \`${host}\` matches a certificate it serves now (${describeServed(chain)}): an app enforcing these pins cannot connect. Look the host up and update the pins, or move to dynamic pinning.`,
      });
      return;
    }
    for (const pin of match.unmatched) {
      const working = match.matched.map((m) => certificateLabel(m.certificate!)).join(', ');
      report({
        severity: 'info',
        pins: [pin],
        message: `Pin ${shortPin(pin)} for \`${host}\` matches no certificate served now (the set works through ${working}): a backup for a future key, or stale.`,
      });
    }
  },
};

import type { LiveRule } from '../live-checks';
import { certificateLabel } from './support/live-messages';

/** A pin set whose only matching pins name the leaf certificate the host serves. */
export const pinLiveLeafOnly: LiveRule = {
  meta: {
    id: 'pin-live-leaf-only',
    title: 'Pin set matches only the leaf certificate the live host serves',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'Only on request (`--verify-live` or the VS Code command): flags a pin set whose pins that match the served chain all name the **leaf** certificate (its key, or the certificate itself).',
      '',
      '**Why it matters.** The leaf is the part of a chain that changes most often (every 90 days with ACME CAs). When it is renewed with a new key, or a certificate pin is used, the pin set stops matching and the app cannot connect until users update.',
      '',
      '**What to do.** Also pin the issuing intermediate\'s key (the lookup command offers "leaf + backup (intermediate) pins"), keep the leaf key across renewals, or deliver pins at runtime with dynamic pinning.',
    ].join('\n'),
  },
  detect() {},
  checkLive({ pinSet, match, report }) {
    if (!match || match.matched.length === 0) return;
    if (!match.matched.every((m) => m.certificate!.role === 'leaf')) return;
    const leaf = match.matched[0].certificate!;
    const byCertificate = match.matched.some((m) => m.by === 'certificate');
    report({
      pins: match.matched.map((m) => m.pin),
      message:
        `\`${pinSet.host}\` is pinned only to its leaf certificate (${certificateLabel(leaf)}${byCertificate ? ', by certificate fingerprint' : ''}): ` +
        `the next renewal${byCertificate ? '' : ' with a new key'} breaks every connection. Also pin the intermediate's key, or move to dynamic pinning.`,
    });
  },
};

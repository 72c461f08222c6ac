import type { Rule, RuleContext } from '../rule';
import { MAX_OCCURRENCES } from './support/apple-code';
import { skipSpace } from './support/code-syntax';
import { dictEntries, entryRange, plistBoolean } from './support/plist';
import { FALSE_VALUE, isTskKey, plistTrustKitDomains, trustKitHostAt } from './support/trustkit';
import { codeTrustKitFixes, plistTrustKitFixes } from './support/trustkit-fixes';

function message(host: string): string {
  return (
    `kTSKEnforcePinning is false for \`${host}\`: TrustKit only reports pin mismatches and still connects, so a certificate an attacker obtained for the host is accepted. ` +
    'Either remove the TrustKit policy in favour of dynamic pinning, or enforce the pins.'
  );
}

function detectPlist(context: RuleContext): void {
  for (const domain of plistTrustKitDomains(context)) {
    for (const entry of dictEntries(domain.value)) {
      if (!isTskKey(entry.key, 'TSKEnforcePinning') || plistBoolean(entry.value) !== false) continue;
      context.report({ ...entryRange(entry), host: domain.key, message: message(domain.key), fixes: plistTrustKitFixes(context, domain) });
    }
  }
}

function detectCode(context: RuleContext): void {
  const view = context.code();
  const masked = view.masked;
  const key = /\bkTSKEnforcePinning\b\s*:/g;
  let seen = 0;
  for (let m = key.exec(masked); m && seen < MAX_OCCURRENCES; m = key.exec(masked), seen++) {
    const valueStart = skipSpace(masked, m.index + m[0].length);
    const value = FALSE_VALUE.exec(masked.slice(valueStart, valueStart + 80));
    if (!value) continue;
    const host = trustKitHostAt(view, m.index);
    context.report({
      start: m.index,
      end: valueStart + value[0].length,
      host,
      message: message(host),
      fixes: codeTrustKitFixes(view, context.kind === 'objc' ? 'objc' : 'swift', m.index),
    });
  }
}

/** `kTSKEnforcePinning` set to false: TrustKit reports pin failures but lets the connection through. */
export const iosTrustKitEnforcePinningOff: Rule = {
  meta: {
    id: 'ios-trustkit-enforce-pinning-off',
    title: 'TrustKit pinning not enforced (kTSKEnforcePinning false)',
    category: 'tls',
    severity: 'info',
    fileKinds: ['swift', 'objc', 'plist'],
    keywords: ['TSKEnforcePinning'],
    fixable: true,
    docs: [
      'Flags `kTSKEnforcePinning: false` (Swift), `kTSKEnforcePinning : @NO` (Objective-C) and `<key>TSKEnforcePinning</key><false/>` in an Info.plist `TSKConfiguration`.',
      '',
      '**Why it matters.** With enforcement off, TrustKit validates the pins but lets the connection through when they do not match; it only sends a report. The app then gets no protection from pinning against a mis-issued or attacker-controlled certificate, while still carrying the maintenance cost of static pins. Default TLS validation still applies, so this is lower risk than disabling validation.',
      '',
      '**What to do.** If the pins are meant to protect the host, deliver them at runtime with dynamic pinning (which enforces them) and remove the TrustKit policy; a report-only rollout should not ship for long.',
      '',
      '**Quick fix.** Removes the report-only policy (the same edit as `ios-trustkit-pins`: the whole TrustKit configuration when all its domains are static or report-only, else this domain\'s entry). A report-only policy protects nothing, so removing it loses no protection. No fix turns enforcement on: TrustKit refuses to start with fewer than two pins for an enforced domain, and pins that were only ever reported may not match the server, so enforcing them could stop the app from connecting.',
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'plist') detectPlist(context);
    else detectCode(context);
  },
};

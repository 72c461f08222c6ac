import type { Rule } from '../rule';
import { atsDictionaries, atsExceptionDomains, dictEntries, entryRange, isLocalHost, plistString } from './support/plist';
import { stringValueEdit } from './support/plist-edits';

const MIN_TLS_KEYS = new Set([
  'NSExceptionMinimumTLSVersion',
  'NSTemporaryExceptionMinimumTLSVersion',
  'NSThirdPartyExceptionMinimumTLSVersion',
]);

/** Whether an ATS TLS version string names a version older than TLS 1.2. */
export function isBelowTls12(version: string): boolean {
  const v = version.trim().replace(/\s+/g, '').toLowerCase();
  return /^tlsv?1(?:\.[01])?$/.test(v) || /^sslv?[23]/.test(v);
}

/** An ATS exception that lowers the minimum TLS version of a domain below TLS 1.2. */
export const iosAtsMinimumTlsVersion: Rule = {
  meta: {
    id: 'ios-ats-minimum-tls-version',
    title: 'ATS exception allows TLS older than 1.2',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: ['MinimumTLSVersion'],
    fixable: true,
    docs: [
      'Flags `NSExceptionMinimumTLSVersion` (and the `NSTemporaryException…`/`NSThirdPartyException…` forms) set to `TLSv1.0` or `TLSv1.1` for a domain under `NSExceptionDomains`.',
      '',
      '**Why it matters.** TLS 1.0 and 1.1 are deprecated (RFC 8996): they rely on weak hashes and cipher modes with known attacks, and Apple platforms are removing support for them. Allowing them lets a network attacker downgrade and attack the connection.',
      '',
      '**What to do.** Upgrade the server to TLS 1.2 or 1.3 and remove the exception (the default minimum is TLS 1.2).',
      '',
      '**Quick fix.** Raises the value to `TLSv1.2`. The server must accept TLS 1.2 or later before the change ships.',
    ].join('\n'),
  },
  detect(context) {
    for (const ats of atsDictionaries(context)) {
      for (const domain of atsExceptionDomains(ats)) {
        if (isLocalHost(domain.key)) continue;
        for (const entry of dictEntries(domain.value)) {
          if (!MIN_TLS_KEYS.has(entry.key)) continue;
          const version = plistString(entry.value);
          if (!version || !isBelowTls12(version)) continue;
          context.report({
            ...entryRange(entry),
            fixes: [{ title: `Raise ${entry.key} to TLSv1.2 for ${domain.key}`, preferred: true, edits: [stringValueEdit(context.text, entry.value!, 'TLSv1.2')] }],
            message:
              `${entry.key} lets \`${domain.key}\` use ${version}, a deprecated protocol version with known weaknesses that a network attacker can exploit. ` +
              'Upgrade the server to TLS 1.2 or later and remove the exception.',
          });
        }
      }
    }
  },
};

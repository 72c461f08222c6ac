import type { Rule } from '../rule';
import { atsDictionaries, atsExceptionDomains, dictEntries, dictValue, entryRange, isLocalHost, plistBoolean } from './support/plist';
import { booleanValueEdit } from './support/plist-edits';

const INSECURE_HTTP_KEYS = new Set([
  'NSExceptionAllowsInsecureHTTPLoads',
  'NSTemporaryExceptionAllowsInsecureHTTPLoads',
  'NSThirdPartyExceptionAllowsInsecureHTTPLoads',
]);

/** An ATS exception domain that allows plain HTTP for a real (non-local) host. */
export const iosAtsInsecureHttpException: Rule = {
  meta: {
    id: 'ios-ats-insecure-http-exception',
    title: 'ATS exception allows cleartext HTTP for a domain',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: ['AllowsInsecureHTTPLoads'],
    fixable: true,
    docs: [
      'Flags `NSExceptionAllowsInsecureHTTPLoads` (and the older `NSTemporaryException…`/`NSThirdPartyException…` forms) set to `<true/>` for a domain under `NSAppTransportSecurity` → `NSExceptionDomains`, except `localhost`, `*.local` and private IPv4 addresses.',
      '',
      '**Why it matters.** The exception lets the app talk to the domain (and, with `NSIncludesSubdomains`, all its subdomains) over plain HTTP, with no encryption and no server authentication: anyone on the network path can read requests and change responses.',
      '',
      '**What to do.** Serve the domain over HTTPS and delete the exception. Keep cleartext only for local development hosts.',
      '',
      '**Quick fix.** Sets the key to `<false/>`; the domain\'s other exception keys stay as they are.',
    ].join('\n'),
  },
  detect(context) {
    for (const ats of atsDictionaries(context)) {
      for (const domain of atsExceptionDomains(ats)) {
        if (isLocalHost(domain.key)) continue;
        const subdomains = plistBoolean(dictValue(domain.value, 'NSIncludesSubdomains')) === true;
        for (const entry of dictEntries(domain.value)) {
          if (!INSECURE_HTTP_KEYS.has(entry.key) || plistBoolean(entry.value) !== true) continue;
          context.report({
            ...entryRange(entry),
            fixes: [{ title: `Set ${entry.key} to false for ${domain.key}`, preferred: true, edits: [booleanValueEdit(entry.value!, false)] }],
            message:
              `${entry.key} allows plain HTTP to \`${domain.key}\`${subdomains ? ' and its subdomains' : ''}: the traffic is neither encrypted nor authenticated, so anyone on the network path can read and change it. ` +
              'Serve the domain over HTTPS and remove the exception.',
          });
        }
      }
    }
  },
};

import type { Rule } from '../rule';
import { atsDictionaries, dictEntries, entryRange, plistBoolean } from './support/plist';
import { booleanValueEdit, entryRemovalEdit } from './support/plist-edits';

/** Keys whose presence makes iOS 10+ ignore `NSAllowsArbitraryLoads`. */
const NARROWER_KEYS = ['NSAllowsArbitraryLoadsInWebContent', 'NSAllowsArbitraryLoadsForMedia', 'NSAllowsLocalNetworking'];

/** `NSAllowsArbitraryLoads` = true in an Info.plist's App Transport Security dictionary. */
export const iosAtsArbitraryLoads: Rule = {
  meta: {
    id: 'ios-ats-arbitrary-loads',
    title: 'App Transport Security disabled by NSAllowsArbitraryLoads',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['plist'],
    keywords: ['NSAllowsArbitraryLoads'],
    fixable: true,
    docs: [
      'Flags `<key>NSAllowsArbitraryLoads</key><true/>` inside `NSAppTransportSecurity` in an XML Info.plist. The narrower `NSAllowsArbitraryLoadsInWebContent` and `NSAllowsArbitraryLoadsForMedia` keys are not flagged. When one of them (or `NSAllowsLocalNetworking`) is also present, iOS 10 and later ignore `NSAllowsArbitraryLoads`, so the finding is lowered to info.',
      '',
      '**Why it matters.** App Transport Security is what makes URLSession refuse plain HTTP and weak TLS. Turning it off for every host lets the app send requests in cleartext or over outdated TLS, where anyone on the network path (public Wi-Fi, a hostile proxy) can read and change them. App Review also asks for a justification.',
      '',
      '**What to do.** Remove the key (or set it to `<false/>`), serve your hosts over HTTPS, and list only the hosts that truly need an exception under `NSExceptionDomains`.',
      '',
      '**Quick fix.** Sets the value to `<false/>` (preferred: one value changes, the rest of the dictionary stays as written), or removes the key. Hosts that still need plain HTTP then fail until they get an `NSExceptionDomains` entry or move to HTTPS.',
    ].join('\n'),
  },
  detect(context) {
    for (const ats of atsDictionaries(context)) {
      const entries = dictEntries(ats);
      const narrower = entries.filter((e) => NARROWER_KEYS.includes(e.key)).map((e) => e.key);
      for (const entry of entries) {
        if (entry.key !== 'NSAllowsArbitraryLoads' || plistBoolean(entry.value) !== true) continue;
        const ignored = narrower.length > 0;
        context.report({
          ...entryRange(entry),
          fixes: [
            { title: 'Set NSAllowsArbitraryLoads to false', preferred: true, edits: [booleanValueEdit(entry.value!, false)] },
            { title: 'Remove NSAllowsArbitraryLoads', edits: [entryRemovalEdit(context.text, entry)] },
          ],
          severity: ignored ? 'info' : undefined,
          message:
            'NSAllowsArbitraryLoads is true: App Transport Security is off for every host without its own exception, so the app may use plain HTTP or weak TLS that anyone on the network path can read and change. ' +
            (ignored
              ? `(iOS 10 and later ignore it because ${narrower.join(' and ')} ${narrower.length > 1 ? 'are' : 'is'} also set, but iOS 9 honours it.) `
              : '') +
            'Remove the key and add NSExceptionDomains entries only for hosts that really need them.',
        });
      }
    }
  },
};

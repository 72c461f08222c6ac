import type { Rule } from '../rule';
import { attribute, descendants, hasAncestor } from '../xml/xml-document';
import { networkSecurityConfigRoot } from './support/network-security-config';

/** `<certificates src="user"/>` trusted in release builds (outside `<debug-overrides>`). */
export const nscUserCertificates: Rule = {
  meta: {
    id: 'nsc-user-certificates',
    title: 'User-installed CA certificates trusted in release builds',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['certificates'],
    fixable: false,
    aliases: ['AcceptsUserCertificates'],
    docs: [
      'Flags `<certificates src="user"/>` in the `<trust-anchors>` of `<base-config>` or a `<domain-config>`, i.e. anywhere but `<debug-overrides>`.',
      '',
      '**Why it matters.** Any CA the device user (or malware, or an MDM profile) installs then becomes trusted for your traffic, which makes interception by a local proxy trivial in release builds.',
      '',
      '**What to do.** Move the user trust anchor into `<debug-overrides>` so it only applies to debuggable builds.',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const certificates of descendants(root, 'certificates')) {
      const src = attribute(certificates, 'src');
      if (src?.value.trim() !== 'user' || hasAncestor(certificates, 'debug-overrides')) continue;
      const scope = hasAncestor(certificates, 'base-config') ? 'for every host' : 'for this domain-config';
      context.report({
        start: src.start,
        end: src.valueEnd + 1,
        message:
          `User-installed CA certificates are trusted ${scope} in release builds: a CA added by the device user, an MDM profile or malware can intercept the traffic. ` +
          'Move <certificates src="user"/> into <debug-overrides>.',
      });
    }
  },
};

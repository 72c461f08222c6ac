import type { Rule } from '../rule';
import { attribute, descendants } from '../xml/xml-document';
import { domainsOf, isLocalDevelopmentHost, networkSecurityConfigRoot } from './support/network-security-config';

/** `cleartextTrafficPermitted="true"` for real hosts in a network security config. */
export const nscCleartextTraffic: Rule = {
  meta: {
    id: 'nsc-cleartext-traffic',
    title: 'Cleartext HTTP permitted by network_security_config.xml',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['cleartextTrafficPermitted'],
    fixable: true,
    aliases: ['InsecureBaseConfiguration'],
    docs: [
      'Flags `cleartextTrafficPermitted="true"` on `<base-config>` (every host) or on a `<domain-config>` for hosts other than `localhost` and the emulator loopback addresses.',
      '',
      '**Why it matters.** Cleartext HTTP has no encryption and no server authentication: anyone on the network path can read requests (tokens, personal data) and change responses.',
      '',
      '**What to do.** Serve the host over HTTPS and set the attribute to `false` (the quick fix does this). Keep cleartext only for local development hosts such as `10.0.2.2`.',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const element of [...descendants(root, 'base-config'), ...descendants(root, 'domain-config')]) {
      const cleartext = attribute(element, 'cleartextTrafficPermitted');
      if (cleartext?.value.trim() !== 'true') continue;
      let scope: string;
      if (element.name === 'base-config') {
        scope = 'every host without its own domain-config';
      } else {
        const hosts = domainsOf(element);
        if (hosts.length > 0 && hosts.every(isLocalDevelopmentHost)) continue;
        scope = hosts.length ? hosts.map((h) => `\`${h}\``).join(', ') : 'this domain-config';
      }
      context.report({
        start: cleartext.start,
        end: cleartext.valueEnd + 1,
        message:
          `Cleartext HTTP is permitted for ${scope}: traffic is neither encrypted nor authenticated, so anyone on the network path can read and change it. ` +
          'Use HTTPS and set cleartextTrafficPermitted="false".',
        fixes: [
          {
            title: 'Set cleartextTrafficPermitted to "false"',
            preferred: true,
            edits: [{ start: cleartext.valueStart, end: cleartext.valueEnd, newText: 'false' }],
          },
        ],
      });
    }
  },
};

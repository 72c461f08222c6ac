import type { Rule } from '../rule';
import { attribute, descendants, hasAncestor } from '../xml/xml-document';
import { networkSecurityConfigRoot } from './support/network-security-config';

/** `<certificates overridePins="true">` outside `<debug-overrides>`: those CAs bypass every pin. */
export const nscOverridePins: Rule = {
  meta: {
    id: 'nsc-override-pins',
    title: 'Trust anchors that bypass certificate pinning in release builds',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['overridePins'],
    fixable: false,
    docs: [
      'Flags `<certificates … overridePins="true"/>` in the `<trust-anchors>` of `<base-config>` or a `<domain-config>` of a network security config, i.e. anywhere but `<debug-overrides>`.',
      '',
      '**Why it matters.** A chain that ends at one of these trust anchors is accepted even when it matches none of the pins. With `src="user"` any CA the device user, an MDM profile or malware installs can intercept pinned traffic; with `src="system"` any public CA can, which makes the `<pin-set>` pointless.',
      '',
      '**What to do.** Remove `overridePins="true"`, or move the trust anchor into `<debug-overrides>` so that only debuggable builds accept a debugging proxy.',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const certificates of descendants(root, 'certificates')) {
      const override = attribute(certificates, 'overridePins');
      if (override?.value.trim() !== 'true' || hasAncestor(certificates, 'debug-overrides')) continue;
      const src = attribute(certificates, 'src')?.value.trim() ?? '';
      const who =
        src === 'user'
          ? 'any CA the device user, an MDM profile or malware installs'
          : src === 'system'
            ? 'any public CA the device trusts'
            : `any CA in \`${src || '(no src)'}\``;
      const scope = hasAncestor(certificates, 'base-config') ? 'for every host' : 'for this domain-config';
      context.report({
        start: override.start,
        end: override.valueEnd + 1,
        message:
          `overridePins="true" lets ${who} bypass certificate pinning ${scope} in release builds, so a proxy with such a certificate can intercept the pinned traffic. ` +
          'Remove overridePins or move this trust anchor into <debug-overrides>.',
      });
    }
  },
};

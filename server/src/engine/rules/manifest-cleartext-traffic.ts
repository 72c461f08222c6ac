import type { Rule } from '../rule';
import { descendants } from '../xml/xml-document';
import { attributeValueEdit } from './support/xml-edits';

/** `android:usesCleartextTraffic="true"` on the manifest's `<application>`. */
export const manifestCleartextTraffic: Rule = {
  meta: {
    id: 'manifest-cleartext-traffic',
    title: 'Cleartext HTTP permitted by AndroidManifest.xml',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['usesCleartextTraffic'],
    fixable: true,
    docs: [
      'Flags `android:usesCleartextTraffic="true"` on the `<application>` element of an `AndroidManifest.xml`.',
      '',
      'On Android 7.0 (API 24) and higher the attribute is ignored when the application also sets `android:networkSecurityConfig`; the config then decides (see `nsc-cleartext-traffic`). The message says so when the reference is present.',
      '',
      '**Why it matters.** Cleartext HTTP has no encryption and no server authentication: anyone on the network path can read requests (tokens, personal data) and change responses. Since Android 9 cleartext is off by default; this attribute turns it back on for every host.',
      '',
      '**What to do.** Serve every host over HTTPS and remove the attribute (or set it to `false`). If one legacy host still needs HTTP, permit cleartext for that domain only in a network security config `<domain-config>`.',
      '',
      '**Quick fix.** Sets the attribute to `false`. (Removing it is not the same: before Android 9 the default is `true`.)',
    ].join('\n'),
  },
  detect(context) {
    const root = context.xmlRoot();
    if (root?.name !== 'manifest') return;
    for (const application of descendants(root, 'application')) {
      const cleartext = application.attributes.find((a) => /(?:^|:)usesCleartextTraffic$/.test(a.name));
      if (cleartext?.value.trim() !== 'true') continue;
      const config = application.attributes.find((a) => /(?:^|:)networkSecurityConfig$/.test(a.name));
      context.report({
        start: cleartext.start,
        end: cleartext.valueEnd + 1,
        message:
          'Cleartext HTTP is permitted for every host: traffic is neither encrypted nor authenticated, so anyone on the network path can read and change it. ' +
          (config
            ? `Because android:networkSecurityConfig (${config.value}) is also set, Android 7.0 (API 24) and higher ignore this flag and follow the config; it still applies on older devices. `
            : '') +
          'Use HTTPS and remove android:usesCleartextTraffic (or permit cleartext only for a specific domain in a network security config).',
        fixes: [{ title: `Set ${cleartext.name} to "false"`, preferred: true, edits: [attributeValueEdit(cleartext, 'false')] }],
      });
    }
  },
};

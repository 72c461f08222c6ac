import type { Rule } from '../rule';
import { valueSites, wordAt } from './support/value-sites';

/** Go `tls.Config{InsecureSkipVerify: true}` or `cfg.InsecureSkipVerify = true`. */
export const goInsecureSkipVerify: Rule = {
  meta: {
    id: 'go-insecure-skip-verify',
    title: 'Go TLS config with InsecureSkipVerify: true',
    category: 'tls',
    severity: 'error',
    fileKinds: ['go'],
    keywords: ['InsecureSkipVerify'],
    fixable: false,
    aliases: ['G402'],
    docs: [
      'Flags `InsecureSkipVerify: true` in a `tls.Config` literal and `config.InsecureSkipVerify = true` assignments. A value read from a flag or configuration (`InsecureSkipVerify: *insecure`) and commented-out code are not flagged.',
      '',
      '**Why it matters.** With `InsecureSkipVerify` the client accepts any certificate chain and any host name, so anyone on the network path can read and change the traffic (man-in-the-middle). The Go documentation says it should be used only for testing or with a custom `VerifyConnection`.',
      '',
      '**What to do.** Remove it. To trust a private CA, add it to `RootCAs` (an `x509.CertPool`); to pin, check the peer\'s SPKI hash in `VerifyPeerCertificate` with pins delivered at runtime.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const site of valueSites(view, ['InsecureSkipVerify'])) {
      if (site.operator === '+=' || wordAt(view.masked, site.valueStart) !== 'true') continue;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          '`InsecureSkipVerify: true` turns off certificate chain and host name verification: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it; trust a private CA through RootCAs instead.',
      });
    }
  },
};

import type { Rule } from '../rule';
import { evaluatorSites } from './support/alamofire';

/** Alamofire `DisabledTrustEvaluator` / `.disableEvaluation`: every server certificate is accepted. */
export const iosAlamofireDisabledEvaluation: Rule = {
  meta: {
    id: 'ios-alamofire-disabled-evaluation',
    title: 'Alamofire server trust evaluation disabled',
    category: 'tls',
    severity: 'error',
    fileKinds: ['swift'],
    keywords: ['DisabledTrustEvaluator', 'DisabledEvaluator', 'disableEvaluation', 'ServerTrustManager'],
    fixable: false,
    docs: [
      'Flags Alamofire 5 `DisabledTrustEvaluator()` (and the `.disabled` shorthand in a `ServerTrustManager(evaluators:)` dictionary) and Alamofire 4 `ServerTrustPolicy.disableEvaluation`.',
      '',
      '**Why it matters.** A disabled evaluator accepts any certificate for the host, including one an attacker made, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change the traffic. It is often added for a staging server and shipped by mistake.',
      '',
      '**What to do.** Remove the evaluator so Alamofire performs default evaluation (`DefaultTrustEvaluator`). To trust a private CA in development, install its profile on the test device instead of disabling evaluation in code; to pin, use dynamic pinning (`ApproovSession`).',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const site of evaluatorSites(view)) {
      if (site.kind !== 'disabled') continue;
      const scope = site.host.startsWith('(') ? 'this host' : `\`${site.host}\``;
      context.report({
        start: site.start,
        end: site.end,
        message:
          `Alamofire trust evaluation is disabled for ${scope}: any certificate is accepted, so anyone on the network path can intercept and change the traffic (man-in-the-middle). ` +
          'Remove the DisabledTrustEvaluator and keep the default evaluation.',
      });
    }
  },
};

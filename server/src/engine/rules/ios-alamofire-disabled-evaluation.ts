import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { evaluatorSites, type EvaluatorSite } from './support/alamofire';
import { closingBracket } from './support/apple-code';

/** Alamofire `DisabledTrustEvaluator` / `.disableEvaluation`: every server certificate is accepted. */
export const iosAlamofireDisabledEvaluation: Rule = {
  meta: {
    id: 'ios-alamofire-disabled-evaluation',
    title: 'Alamofire server trust evaluation disabled',
    category: 'tls',
    severity: 'error',
    fileKinds: ['swift'],
    keywords: ['DisabledTrustEvaluator', 'DisabledEvaluator', 'disableEvaluation', 'ServerTrustManager'],
    fixable: true,
    docs: [
      'Flags Alamofire 5 `DisabledTrustEvaluator()` (and the `.disabled` shorthand in a `ServerTrustManager(evaluators:)` dictionary) and Alamofire 4 `ServerTrustPolicy.disableEvaluation`.',
      '',
      '**Why it matters.** A disabled evaluator accepts any certificate for the host, including one an attacker made, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change the traffic. It is often added for a staging server and shipped by mistake.',
      '',
      '**What to do.** Remove the evaluator so Alamofire performs default evaluation (`DefaultTrustEvaluator`). To trust a private CA in development, install its profile on the test device instead of disabling evaluation in code; to pin, use dynamic pinning (`ApproovSession`).',
      '',
      '**Quick fix.** Replaces `DisabledTrustEvaluator()` (and the older `DisabledEvaluator()`) with `DefaultTrustEvaluator()`, the `.disabled` shorthand with `.default`, and Alamofire 4 `.disableEvaluation` with `.performDefaultEvaluation(validateHost: true)`: the host stays listed, with the system\'s certificate and host name validation.',
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
        fixes: defaultEvaluationFixes(view, site),
        message:
          `Alamofire trust evaluation is disabled for ${scope}: any certificate is accepted, so anyone on the network path can intercept and change the traffic (man-in-the-middle). ` +
          'Remove the DisabledTrustEvaluator and keep the default evaluation.',
      });
    }
  },
};

/** The evaluator that keeps the host listed with default validation, written in the site's own style. */
function defaultEvaluationFixes(view: CodeView, site: EvaluatorSite): Fix[] {
  const masked = view.masked;
  const name = masked.slice(site.start, site.end);
  if (name.endsWith('disableEvaluation')) {
    const start = site.end - 'disableEvaluation'.length;
    return [fix('.performDefaultEvaluation(validateHost: true)', { start, end: site.end, newText: 'performDefaultEvaluation(validateHost: true)' })];
  }
  if (!site.explicit) return [fix('.default', { start: site.start, end: site.end, newText: '.default' })];
  const open = masked.indexOf('(', site.end);
  const close = open === -1 ? -1 : closingBracket(view, open);
  if (close === -1 || !/^\s*(?:\.init\s*)?$/.test(masked.slice(site.end, open))) return [];
  return [fix('DefaultTrustEvaluator()', { start: site.start, end: close + 1, newText: 'DefaultTrustEvaluator()' })];
}

function fix(replacement: string, edit: { start: number; end: number; newText: string }): Fix {
  return { title: `Use ${replacement} (default certificate and host name validation)`, preferred: true, edits: [edit] };
}

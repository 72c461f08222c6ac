import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { propertyRemoval, statementRemoval } from './support/code-fixes/settings';
import { valueSites, wordAt, type ValueSite } from './support/value-sites';

/** Node `rejectUnauthorized: false` in https/tls/axios/pg options, or assigned to an agent's options. */
export const nodeRejectUnauthorizedFalse: Rule = {
  meta: {
    id: 'node-reject-unauthorized-false',
    title: 'Node TLS option rejectUnauthorized set to false',
    category: 'tls',
    severity: 'error',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['rejectUnauthorized'],
    fixable: true,
    docs: [
      'Flags `rejectUnauthorized: false` (and `options.rejectUnauthorized = false`) in the TLS options of `https.Agent`, `tls.connect`, `https.request`, axios `httpsAgent`, database and WebSocket clients. Only the literal `false` is flagged: `rejectUnauthorized: process.env.NODE_ENV !== \'development\'` or a setting read from configuration is not, nor code under `if (__DEV__)`.',
      '',
      '**Why it matters.** With `rejectUnauthorized` false, Node accepts any certificate, self-signed or issued for another host, so anyone on the network path can read and change the traffic (man-in-the-middle), including credentials and tokens sent over it.',
      '',
      '**What to do.** Remove the option (the default is `true`). To trust a private CA, pass it with the `ca` option instead of disabling validation.',
      '',
      '**Quick fix.** Removes the property from its object literal (or the `options.rejectUnauthorized = false` statement); a second fix sets it to `true` instead.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const language = context.kind === 'typescript' ? 'typescript' : 'javascript';
    for (const site of valueSites(view, ['rejectUnauthorized'], { quoted: true })) {
      if (site.operator === '+=' || wordAt(view.masked, site.valueStart) !== 'false') continue;
      if (isDebugOnly(view, site.nameStart, language)) continue;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          '`rejectUnauthorized: false` turns off certificate validation: any certificate is accepted, so anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it, and pass a private CA with the `ca` option if the server uses one.',
        fixes: fixes(view, site),
      });
    }
  },
};

function fixes(view: CodeView, site: ValueSite): Fix[] {
  const valueEnd = site.valueStart + 'false'.length;
  const removal = site.operator === ':' ? propertyRemoval(view, site, valueEnd) : statementRemoval(view, 'js', site, valueEnd);
  const result: Fix[] = [];
  if (removal) result.push({ title: 'Remove rejectUnauthorized: false (default certificate validation)', preferred: true, edits: removal });
  result.push({ title: 'Set rejectUnauthorized to true', ...(removal ? {} : { preferred: true }), edits: [{ start: site.valueStart, end: valueEnd, newText: 'true' }] });
  return result;
}

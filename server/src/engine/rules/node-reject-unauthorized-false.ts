import type { Rule } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { valueSites, wordAt } from './support/value-sites';

/** Node `rejectUnauthorized: false` in https/tls/axios/pg options, or assigned to an agent's options. */
export const nodeRejectUnauthorizedFalse: Rule = {
  meta: {
    id: 'node-reject-unauthorized-false',
    title: 'Node TLS option rejectUnauthorized set to false',
    category: 'tls',
    severity: 'error',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['rejectUnauthorized'],
    fixable: false,
    docs: [
      'Flags `rejectUnauthorized: false` (and `options.rejectUnauthorized = false`) in the TLS options of `https.Agent`, `tls.connect`, `https.request`, axios `httpsAgent`, database and WebSocket clients. Only the literal `false` is flagged: `rejectUnauthorized: process.env.NODE_ENV !== \'development\'` or a setting read from configuration is not, nor code under `if (__DEV__)`.',
      '',
      '**Why it matters.** With `rejectUnauthorized` false, Node accepts any certificate, self-signed or issued for another host, so anyone on the network path can read and change the traffic (man-in-the-middle), including credentials and tokens sent over it.',
      '',
      '**What to do.** Remove the option (the default is `true`). To trust a private CA, pass it with the `ca` option instead of disabling validation.',
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
      });
    }
  },
};

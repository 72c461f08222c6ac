import type { Fix, TextEdit } from '../findings';
import type { Rule } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { GLOBAL_FETCH_DOCS, globalFetchMigration } from './support/react-native-global-fetch';
import { valueSites, wordAt } from './support/value-sites';

/** `disableAllSecurity: true` in `react-native-ssl-pinning` request options. */
export const reactNativeSslPinningDisableAllSecurity: Rule = {
  meta: {
    id: 'react-native-ssl-pinning-disable-all-security',
    title: 'react-native-ssl-pinning request with disableAllSecurity: true',
    category: 'tls',
    severity: 'error',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['disableAllSecurity'],
    fixable: true,
    docs: [
      'Flags `disableAllSecurity: true` in the options of `fetch` from `react-native-ssl-pinning`, unless the code only runs under `if (__DEV__)`.',
      '',
      '**Why it matters.** The option turns off certificate validation and hostname checks for the request: any certificate is accepted, so anyone on the network path can read and change the traffic (man-in-the-middle).',
      '',
      '**What to do.** Remove the option. To pin, use dynamic pinning (`ApproovProvider` from `@approov/approov-service-react-native`) with the global `fetch`.',
      '',
      `**Quick fix.** The package's \`fetch\` refuses a request that has neither \`disableAllSecurity\` nor \`sslPinning\`, so the fix moves the whole file to the global \`fetch\` (which validates certificates): every call loses the package's security options and the import goes. ${GLOBAL_FETCH_DOCS}`,
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const site of valueSites(view, ['disableAllSecurity'], { quoted: true })) {
      if (site.operator === '+=' || wordAt(view.masked, site.valueStart) !== 'true') continue;
      if (isDebugOnly(view, site.nameStart, context.kind === 'typescript' ? 'typescript' : 'javascript')) continue;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          '`disableAllSecurity: true` turns off certificate and hostname validation for this request: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it, and pin with dynamic pinning (ApproovProvider) if the host needs pinning.',
        fixes: fixesFor(globalFetchMigration(view, site.nameStart)),
      });
    }
  },
};

function fixesFor(edits: TextEdit[] | undefined): Fix[] {
  return edits?.length ? [{ title: 'Remove disableAllSecurity and use the global fetch (default certificate validation) in this file', preferred: true, edits }] : [];
}

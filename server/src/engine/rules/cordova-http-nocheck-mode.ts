import type { Rule } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { trustModeCalls } from './support/cordova-http';
import { trustModeFixes } from './support/cordova-http-fixes';

/** cordova-plugin-advanced-http `setServerTrustMode('nocheck')` (and cordova-HTTP `acceptAllCerts(true)`). */
export const cordovaHttpNocheckMode: Rule = {
  meta: {
    id: 'cordova-http-nocheck-mode',
    title: 'Cordova advanced-http with certificate checks turned off',
    category: 'tls',
    severity: 'error',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['setServerTrustMode', 'setSSLCertMode', 'acceptAllCerts'],
    fixable: true,
    docs: [
      'Flags `setServerTrustMode(\'nocheck\')` of `cordova-plugin-advanced-http` in callback and Ionic Native promise styles, the older `setSSLCertMode(\'nocheck\')`, and cordova-HTTP `acceptAllCerts(true)`. A mode chosen at runtime (`isProd ? \'default\' : \'nocheck\'`) and code under `if (__DEV__)` are not flagged.',
      '',
      '**Why it matters.** In `nocheck` mode the plugin accepts any certificate for any host, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change every request the app makes through it (man-in-the-middle).',
      '',
      '**What to do.** Use `setServerTrustMode(\'default\')` (or remove the call). To pin, use dynamic pinning with `@approov/cordova-plugin-advanced-http`.',
      '',
      '**Quick fix.** Deletes the call when it is a statement of its own whose callbacks (or `.then`/`.catch`) only log; otherwise, or as the second choice, sets the mode to `\'default\'` (`acceptAllCerts(false)`), which keeps the callbacks and promise chain running. A mode held in a variable gets no fix.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const call of trustModeCalls(view)) {
      const insecure = call.mode === 'nocheck' || (call.method === 'acceptAllCerts' && call.mode === 'enable');
      if (!insecure || isDebugOnly(view, call.start, context.kind === 'typescript' ? 'typescript' : 'javascript')) continue;
      context.report({
        start: call.start,
        end: call.end,
        message:
          `\`${call.method}(${call.method === 'acceptAllCerts' ? 'true' : "'nocheck'"})\` turns off certificate validation for every request made through the HTTP plugin: anyone on the network path can intercept and change the traffic (man-in-the-middle). ` +
          "Use the 'default' trust mode, and dynamic pinning (@approov/cordova-plugin-advanced-http) if the hosts need pinning.",
        fixes: trustModeFixes(view, call),
      });
    }
  },
};

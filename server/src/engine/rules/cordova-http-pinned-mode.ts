import type { Rule } from '../rule';
import { trustModeCalls } from './support/cordova-http';
import { trustModeFixes } from './support/cordova-http-fixes';

/** cordova-plugin-advanced-http `setServerTrustMode('pinned')` (and cordova-HTTP `enableSSLPinning(true)`). */
export const cordovaHttpPinnedMode: Rule = {
  meta: {
    id: 'cordova-http-pinned-mode',
    title: 'Cordova advanced-http pinned to certificates bundled in the app',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['setServerTrustMode', 'setSSLCertMode', 'enableSSLPinning'],
    fixable: true,
    docs: [
      'Flags `setServerTrustMode(\'pinned\')` of `cordova-plugin-advanced-http`, in callback style (`cordova.plugin.http.setServerTrustMode(\'pinned\', ok, fail)`) and in Ionic Native / Awesome Cordova Plugins promise style (`await this.http.setServerTrustMode(\'pinned\')`), plus the older `setSSLCertMode(\'pinned\')` and cordova-HTTP `enableSSLPinning(true)`. In this mode the plugin trusts only the `.cer` files shipped in the app\'s `www/certificates` folder.',
      '',
      '**Why it matters.** The trusted certificates are frozen into the app. When the server certificate is renewed or replaced, or a bundled certificate expires, every installed copy that has not updated fails all requests made through the plugin.',
      '',
      '**What to do.** Use dynamic pinning: replace the plugin with `@approov/cordova-plugin-advanced-http` (Ionic: `@awesome-cordova-plugins/approov-advanced-http`), call `approovInitialize("<config>")`, remove the `setServerTrustMode` call and delete the bundled certificates.',
      '',
      '**Quick fix.** Deletes the call when it is a statement of its own whose callbacks (or `.then`/`.catch`) only log; otherwise sets the mode to `\'default\'` (`enableSSLPinning(false)`), keeping the callbacks and promise chain. The plugin swap is left to you (the fix says how), so the fix is not applied by fix-all or `scan --fix`: without the Approov plugin the app would lose pinning.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const call of trustModeCalls(view)) {
      if (call.mode !== 'pinned' && !(call.method === 'enableSSLPinning' && call.mode === 'enable')) continue;
      context.report({
        start: call.start,
        end: call.end,
        message:
          'The HTTP plugin is pinned to the certificates bundled in the app (www/certificates/*.cer). When the server certificate is renewed or replaced, every installed app that has not updated fails its requests. ' +
          'Deliver pins at runtime with dynamic pinning (@approov/cordova-plugin-advanced-http) and remove the bundled certificates.',
        fixes: trustModeFixes(view, call, PLUGIN_SWAP),
      });
    }
  },
};

const PLUGIN_SWAP =
  'Swap the plugin for the Approov one, which pins dynamically: Cordova `cordova plugin remove cordova-plugin-advanced-http && cordova plugin add @approov/cordova-plugin-advanced-http`; ' +
  'Ionic `npm uninstall @awesome-cordova-plugins/http cordova-plugin-advanced-http && npm install @approov/cordova-plugin-advanced-http @awesome-cordova-plugins/approov-advanced-http` (import HTTP from `@awesome-cordova-plugins/approov-advanced-http/ngx`). ' +
  'Call `approovInitialize("<config>")` on deviceready, then delete the certificates in www/certificates.';

import type { Rule } from '../rule';
import { trustModeCalls } from './support/cordova-http';

/** cordova-plugin-advanced-http `setServerTrustMode('pinned')` (and cordova-HTTP `enableSSLPinning(true)`). */
export const cordovaHttpPinnedMode: Rule = {
  meta: {
    id: 'cordova-http-pinned-mode',
    title: 'Cordova advanced-http pinned to certificates bundled in the app',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['setServerTrustMode', 'setSSLCertMode', 'enableSSLPinning'],
    fixable: false,
    docs: [
      'Flags `setServerTrustMode(\'pinned\')` of `cordova-plugin-advanced-http`, in callback style (`cordova.plugin.http.setServerTrustMode(\'pinned\', ok, fail)`) and in Ionic Native / Awesome Cordova Plugins promise style (`await this.http.setServerTrustMode(\'pinned\')`), plus the older `setSSLCertMode(\'pinned\')` and cordova-HTTP `enableSSLPinning(true)`. In this mode the plugin trusts only the `.cer` files shipped in the app\'s `www/certificates` folder.',
      '',
      '**Why it matters.** The trusted certificates are frozen into the app. When the server certificate is renewed or replaced, or a bundled certificate expires, every installed copy that has not updated fails all requests made through the plugin.',
      '',
      '**What to do.** Use dynamic pinning: replace the plugin with `@approov/cordova-plugin-advanced-http` (Ionic: `@awesome-cordova-plugins/approov-advanced-http`), call `approovInitialize("<config>")`, remove the `setServerTrustMode` call and delete the bundled certificates.',
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
      });
    }
  },
};

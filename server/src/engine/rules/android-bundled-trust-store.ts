import type { Rule } from '../rule';
import { bundledTrust } from './support/bundled-trust';
import { jvmCode } from './support/jvm-syntax';

/**
 * A certificate or keystore read from the app's own resources (`openRawResource(R.raw.x)`,
 * `assets.open("x.cer")`, `getResourceAsStream(…)`) that becomes the trust material of a
 * TrustManagerFactory (or `loadTrustMaterial`, a custom trust manager, OkHttp HandshakeCertificates)
 * in the same file: the app is pinned to a certificate bundled in the APK.
 */
export const androidBundledTrustStore: Rule = {
  meta: {
    id: 'android-bundled-trust-store',
    title: 'Trust limited to a certificate or keystore bundled in the app',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['kotlin', 'java'],
    keywords: ['openRawResource', 'getResourceAsStream', 'assets', 'getAssets'],
    fixable: false,
    docs: [
      'Flags where a certificate or keystore shipped in the app is read (`resources.openRawResource(R.raw.server_ca)`, `assets.open("server.cer")`, `getResourceAsStream("/certs/ca.pem")`) when, in the same file, it is turned into trust material: through `CertificateFactory.generateCertificate` and `KeyStore.setCertificateEntry`, or `keyStore.load(stream, password)`, and then given to `TrustManagerFactory.init(keyStore)` (whose trust managers go to an `SSLContext` for OkHttp, `HttpsURLConnection` or Volley\'s `HurlStack`), to Apache HttpClient\'s `loadTrustMaterial(keyStore)`, to a custom `…TrustManager(…)`, or to OkHttp\'s `HandshakeCertificates.Builder().addTrustedCertificate(cert)`. Keystores returned by a helper function of the file are followed to where the helper is called.',
      '',
      "Not flagged: keystores used only for a client certificate (`KeyManagerFactory`), and files that also trust the platform's CAs (`TrustManagerFactory.init(null)`, the `AndroidCAStore`, OkHttp `addPlatformTrustedCertificates()`), where the bundled certificate is an addition, not a pin.",
      '',
      "**Why it matters.** Trusting only a bundled certificate is certificate pinning with the certificate frozen into the APK. When the server certificate (or the CA that was bundled) is renewed, revoked or replaced, every installed copy that has not updated fails every TLS connection until users install an update; and the bundled certificate expires on a fixed date the app cannot move. Anyone can also extract or replace it in the APK.",
      '',
      '**What to do.** Deliver pins at runtime with dynamic pinning: drop the custom TrustManagerFactory and SSLContext, build the client with `ApproovService.getOkHttpClient()` (or `ApproovService.addApproov(connection)` for `HttpsURLConnection`, `Volley.newRequestQueue(context, ApproovService.getBaseHttpStack())` for Volley), and delete the bundled certificate. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**No quick fix.** The trust set-up spans several statements (certificate factory, keystore, trust manager factory, SSL context) whose results may also serve other code (client certificates, other hosts), and the bundled file itself must be deleted from `res/raw` or `assets`; a text edit cannot tell which statements are safe to remove.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const { load, sink } of bundledTrust(view, jvmCode(view))) {
      context.report({
        start: load.start,
        end: load.end,
        message:
          `\`${load.resource}\` is bundled in the app and becomes the only trust material of ${sink}: the app is pinned to a certificate shipped in the APK. ` +
          'When that certificate is renewed or replaced, every installed app that has not updated fails to connect, and anyone can extract or replace it. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovService.getOkHttpClient()) instead of a bundled certificate.',
      });
    }
  },
};

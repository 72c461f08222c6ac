/** Android / JVM rules added for issue 3 (Kotlin, Java, Android XML), besides the foundation's first rules. */
import type { Rule } from '../rule';
import { allowAllHostnameVerifier } from './allow-all-hostname-verifier';
import { androidBundledTrustStore } from './android-bundled-trust-store';
import { androidPinningLibrary } from './android-pinning-library';
import { apacheTrustAllStrategy } from './apache-trust-all-strategy';
import { cxfDisableCnCheck } from './cxf-disable-cn-check';
import { hostnameVerifierAcceptsAll } from './hostname-verifier-accepts-all';
import { lintTlsCheckSuppressed } from './lint-tls-check-suppressed';
import { manifestCleartextTraffic } from './manifest-cleartext-traffic';
import { nscOverridePins } from './nsc-override-pins';
import { sslCertificateSocketFactoryInsecure } from './ssl-certificate-socket-factory-insecure';
import { webviewSslErrorProceed } from './webview-ssl-error-proceed';

export const ANDROID_RULES: readonly Rule[] = [
  androidBundledTrustStore,
  androidPinningLibrary,
  hostnameVerifierAcceptsAll,
  allowAllHostnameVerifier,
  apacheTrustAllStrategy,
  cxfDisableCnCheck,
  sslCertificateSocketFactoryInsecure,
  webviewSslErrorProceed,
  lintTlsCheckSuppressed,
  nscOverridePins,
  manifestCleartextTraffic,
];

/** Every rule the engine knows, in docs order. */
import type { Rule } from '../rule';
import { ANDROID_RULES } from './android-rules';
import { CROSS_PLATFORM_RULES } from './cross-platform-rules';
import { IOS_RULES } from './ios-rules';
import { nscCleartextTraffic } from './nsc-cleartext-traffic';
import { nscPinSet } from './nsc-pin-set';
import { nscUserCertificates } from './nsc-user-certificates';
import { okhttpCertificatePinner } from './okhttp-certificate-pinner';
import { PIN_HEALTH_RULES } from './pin-health-rules';
import { SECRET_RULES } from './secret-rules';
import { SUPPRESSION_RULES } from './suppression-rules';
import { trustAllX509TrustManager } from './trust-all-x509-trust-manager';

export const ALL_RULES: readonly Rule[] = [
  okhttpCertificatePinner,
  nscPinSet,
  trustAllX509TrustManager,
  nscCleartextTraffic,
  nscUserCertificates,
  ...ANDROID_RULES,
  ...CROSS_PLATFORM_RULES,
  ...IOS_RULES,
  ...PIN_HEALTH_RULES,
  ...SECRET_RULES,
  ...SUPPRESSION_RULES,
];

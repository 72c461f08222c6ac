/** Rules for Flutter, React Native / Cordova / Node, .NET MAUI / Xamarin, Go and Python clients. */
import type { Rule } from '../rule';
import { cordovaHttpNocheckMode } from './cordova-http-nocheck-mode';
import { cordovaHttpPinnedMode } from './cordova-http-pinned-mode';
import { dartBadCertificateCallback } from './dart-bad-certificate-callback';
import { dartCertificateFingerprintPin } from './dart-certificate-fingerprint-pin';
import { dartSecurityContextPinnedCert } from './dart-security-context-pinned-cert';
import { dotnetAcceptAnyCertificate } from './dotnet-accept-any-certificate';
import { dotnetCertificateHashPin } from './dotnet-certificate-hash-pin';
import { flutterHttpCertificatePinning } from './flutter-http-certificate-pinning';
import { goInsecureSkipVerify } from './go-insecure-skip-verify';
import { nodeRejectUnauthorizedFalse } from './node-reject-unauthorized-false';
import { nodeTlsRejectUnauthorizedEnv } from './node-tls-reject-unauthorized-env';
import { pythonUnverifiedSslContext } from './python-unverified-ssl-context';
import { pythonVerifyFalse } from './python-verify-false';
import { reactNativeSslPinning } from './react-native-ssl-pinning';
import { reactNativeSslPinningDisableAllSecurity } from './react-native-ssl-pinning-disable-all-security';
import { reactNativeSslPublicKeyPinning } from './react-native-ssl-public-key-pinning';

export const CROSS_PLATFORM_RULES: readonly Rule[] = [
  // pin
  dartSecurityContextPinnedCert,
  flutterHttpCertificatePinning,
  dartCertificateFingerprintPin,
  reactNativeSslPinning,
  reactNativeSslPublicKeyPinning,
  cordovaHttpPinnedMode,
  dotnetCertificateHashPin,
  // tls
  dartBadCertificateCallback,
  reactNativeSslPinningDisableAllSecurity,
  cordovaHttpNocheckMode,
  nodeRejectUnauthorizedFalse,
  nodeTlsRejectUnauthorizedEnv,
  dotnetAcceptAnyCertificate,
  goInsecureSkipVerify,
  pythonVerifyFalse,
  pythonUnverifiedSslContext,
];

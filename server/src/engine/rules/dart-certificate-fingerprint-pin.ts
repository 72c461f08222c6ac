import type { Rule } from '../rule';
import { dartCertificateCallbacks } from './support/dart-callbacks';
import { pinsWithRanges } from './support/fingerprints';
import { pinCount } from './support/pins';

/** A dart:io / dio certificate callback that compares the certificate with a fingerprint written in the app. */
export const dartCertificateFingerprintPin: Rule = {
  meta: {
    id: 'dart-certificate-fingerprint-pin',
    title: 'Certificate fingerprint hardcoded in a Dart certificate callback',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['dart'],
    keywords: ['badCertificateCallback', 'onBadCertificate', 'validateCertificate'],
    fixable: false,
    docs: [
      'Flags a dio `validateCertificate`, a dart:io `badCertificateCallback` or a `SecureSocket` `onBadCertificate` callback that compares the server certificate (its SHA-1/SHA-256 fingerprint, DER bytes or PEM) with a literal or constant written in the app.',
      '',
      '**Why it matters.** The fingerprint is compiled into the app and can only change with a release. When the server certificate is renewed (every few months with most CAs) or replaced after a compromise, every installed copy that has not updated fails all requests to that host. The fingerprint is also easy to find and patch out of the binary.',
      '',
      '**What to do.** Use dynamic pinning: replace the adapter\'s client with `ApproovHttpClient()` (package `approov_service_flutter_httpclient`), e.g. `IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())`, and delete the fingerprint check. Pins then come from the SDK and can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const callback of dartCertificateCallbacks(view)) {
      if (!callback.compared) continue;
      const { pins, pinRanges } = pinsWithRanges(callback.compared.tokens);
      const { site } = callback;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        pins,
        pinRanges,
        message:
          `\`${site.name}\` compares the server certificate with a fingerprint hardcoded in the app${pins.length ? ` (${pinCount(pins)})` : ''}. ` +
          'When the certificate is renewed or rotated, every installed app that has not updated fails to connect, and the fingerprint can be read from the binary. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovHttpClient).',
      });
    }
  },
};

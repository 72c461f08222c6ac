import type { Rule } from '../rule';
import { DOTNET_CALLBACK_KEYWORDS, dotnetCertificateCallbacks } from './support/dotnet-callbacks';
import { pinsWithRanges } from './support/fingerprints';
import { pinCount } from './support/pins';

/** .NET validation callbacks that compare the server certificate's hash or public key with a literal. */
export const dotnetCertificateHashPin: Rule = {
  meta: {
    id: 'dotnet-certificate-hash-pin',
    title: 'Certificate hash or public key hardcoded in a .NET validation callback',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['csharp'],
    keywords: DOTNET_CALLBACK_KEYWORDS,
    fixable: false,
    docs: [
      'Flags certificate validation callbacks (`ServerCertificateCustomValidationCallback`, `ServicePointManager.ServerCertificateValidationCallback`, `RemoteCertificateValidationCallback`, `TrustOverrideForUrl`) that compare `GetCertHashString()`, `Thumbprint`, `GetPublicKeyString()`, `GetCertHash(HashAlgorithmName.SHA256)` or a computed SHA-256 with a value written in the app, inline or in a constant, array or set.',
      '',
      '**Why it matters.** The hash or key is compiled into the app and can only change with a release. When the server certificate is renewed (certificate hashes change at every renewal) or the key rotates, every installed copy that has not updated fails all requests to the host. The value is also easy to find and patch out of the assembly.',
      '',
      '**What to do.** Use dynamic pinning: create the client with `ApproovService.CreateHttpClient()` (NuGet `ApproovService`) and remove the callback. Pins then come from the SDK and can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const callback of dotnetCertificateCallbacks(view)) {
      if (!callback.compared) continue;
      const { pins, pinRanges } = pinsWithRanges(callback.compared.tokens);
      context.report({
        start: callback.start,
        end: callback.end,
        ...(pins.length ? { pins, pinRanges } : {}),
        message:
          `This \`${callback.name}\` compares the server certificate with a ${pins.length ? `hash hardcoded in the app (${pinCount(pins)})` : 'public key hardcoded in the app'}. ` +
          'When the certificate is renewed or the key rotates, every installed app that has not updated fails to connect, and the value can be read from the assembly. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovService.CreateHttpClient()).',
      });
    }
  },
};

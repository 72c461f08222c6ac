import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { DOTNET_CALLBACK_KEYWORDS, dotnetCertificateCallbacks } from './support/dotnet-callbacks';
import { tidyLineRemovals } from './support/apple-statements';
import { callbackRemoval, callbackSiteAt, createHttpClientEdits } from './support/dotnet-fixes';
import { unusedConstantRemovals } from './support/unused-constants';

/** The reference names the NuGet package but not its namespace, so the fix cannot add the `using`. */
const USING_NOTE = 'add the using directive of the ApproovService NuGet package';

function migrationFixes(view: CodeView, nameStart: number): Fix[] {
  const site = callbackSiteAt(view, nameStart);
  const removal = site && callbackRemoval(view, site);
  if (!removal) return [];
  const client = createHttpClientEdits(view, removal);
  // The pin constants only the callback used go with it.
  const constants = unusedConstantRemovals(view, removal.edits);
  removal.edits = tidyLineRemovals(view.text, [...removal.edits, ...constants]);
  if (client.length === 0) {
    return [
      {
        title: `Remove the pinning ${site.name} (pins then come from dynamic pinning: create the client with ApproovService.CreateHttpClient(handler))`,
        preferred: true,
        edits: removal.edits,
      },
    ];
  }
  return [
    {
      title: `Remove the pinning ${site.name} and create the client with ApproovService.CreateHttpClient(handler) (dynamic pinning; ${USING_NOTE})`,
      preferred: true,
      edits: [...removal.edits, ...client].sort((a, b) => a.start - b.start),
    },
  ];
}
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
    fixable: true,
    docs: [
      'Flags certificate validation callbacks (`ServerCertificateCustomValidationCallback`, `ServicePointManager.ServerCertificateValidationCallback`, `RemoteCertificateValidationCallback`, `TrustOverrideForUrl`) that compare `GetCertHashString()`, `Thumbprint`, `GetPublicKeyString()`, `GetCertHash(HashAlgorithmName.SHA256)` or a computed SHA-256 with a value written in the app, inline or in a constant, array or set.',
      '',
      '**Why it matters.** The hash or key is compiled into the app and can only change with a release. When the server certificate is renewed (certificate hashes change at every renewal) or the key rotates, every installed copy that has not updated fails all requests to the host. The value is also easy to find and patch out of the assembly.',
      '',
      '**What to do.** Use dynamic pinning: create the client with `ApproovService.CreateHttpClient()` (NuGet `ApproovService`) and remove the callback. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** Removes the callback assignment (a statement of its own, or a member of the handler\'s object initializer) and turns `new HttpClient(handler)` for that handler in the same file into `ApproovService.CreateHttpClient(handler)`; `ApproovHttpClient` refuses a handler that still has a validation callback, which is why the callback goes. The reference does not name the package\'s namespace, so add its `using` directive yourself. `new HttpClient(handler, disposeHandler)` and clients with an object initializer are left as they are; callbacks passed as constructor arguments are not rewritten.',
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
        fixes: migrationFixes(view, callback.start),
        ...(pins.length ? { pins, pinRanges } : {}),
        message:
          `This \`${callback.name}\` compares the server certificate with a ${pins.length ? `hash hardcoded in the app (${pinCount(pins)})` : 'public key hardcoded in the app'}. ` +
          'When the certificate is renewed or the key rotates, every installed app that has not updated fails to connect, and the value can be read from the assembly. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovService.CreateHttpClient()).',
      });
    }
  },
};

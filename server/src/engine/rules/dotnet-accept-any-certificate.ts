import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { DOTNET_CALLBACK_KEYWORDS, dotnetCertificateCallbacks } from './support/dotnet-callbacks';
import { callbackRemoval, callbackSiteAt, callbackSiteContaining } from './support/dotnet-fixes';
import type { ValueSite } from './support/value-sites';

function removalFixes(view: CodeView, site: ValueSite | undefined): Fix[] {
  const removal = site && callbackRemoval(view, site);
  if (!removal) return [];
  return [{ title: `Remove the ${site.name} assignment so the platform validates certificates`, preferred: true, edits: removal.edits }];
}

const DANGEROUS = /\bDangerousAcceptAnyServerCertificateValidator\b/g;

/**
 * .NET / MAUI / Xamarin certificate validation that accepts everything: callbacks returning `true`
 * and `HttpClientHandler.DangerousAcceptAnyServerCertificateValidator`.
 */
export const dotnetAcceptAnyCertificate: Rule = {
  meta: {
    id: 'dotnet-accept-any-certificate',
    title: '.NET certificate validation callback that accepts every certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['csharp'],
    keywords: [...DOTNET_CALLBACK_KEYWORDS, 'DangerousAcceptAnyServerCertificateValidator'],
    fixable: true,
    docs: [
      'Flags `HttpClientHandler.DangerousAcceptAnyServerCertificateValidator`, and certificate validation callbacks that return `true` on every path: `ServerCertificateCustomValidationCallback` (HttpClientHandler, SocketsHttpHandler options, AndroidMessageHandler), `ServicePointManager.ServerCertificateValidationCallback` (`=` or `+=`), `RemoteCertificateValidationCallback` (SslStream and its options), and Xamarin.iOS `NSUrlSessionHandler.TrustOverrideForUrl`; as lambdas, anonymous `delegate`s or named methods. Callbacks that check `errors == SslPolicyErrors.None` or compare the certificate, and code inside `#if DEBUG`, are not flagged.',
      '',
      '**Why it matters.** The callback is the last word on whether the server certificate is valid. Returning `true` accepts any certificate, expired, self-signed or issued to an attacker, so anyone on the network path can read and change the traffic (man-in-the-middle). `ServicePointManager` callbacks apply to the whole process.',
      '',
      '**What to do.** Remove the callback so the platform\'s validation applies, or return `errors == SslPolicyErrors.None`. To pin, use dynamic pinning: `ApproovService.CreateHttpClient()` (NuGet `ApproovService`).',
      '',
      '**Quick fix.** Removes the assignment (a statement of its own, or a member of the handler\'s object initializer; a handler left with nothing to initialise becomes `new HttpClientHandler()`), so the platform\'s validation applies; no SDK is needed. Callbacks passed as constructor arguments (`new SslStream(…, callback)`) are not rewritten.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    for (const callback of dotnetCertificateCallbacks(view)) {
      if (!callback.trustsAll || isDebugOnly(view, callback.start, 'csharp')) continue;
      const scope = callback.name === 'ServerCertificateValidationCallback' && /ServicePointManager\s*\.\s*$/.test(masked.slice(Math.max(0, callback.start - 60), callback.start))
        ? 'every HTTPS connection of the process'
        : 'this connection';
      context.report({
        start: callback.start,
        end: callback.end,
        fixes: removalFixes(view, callbackSiteAt(view, callback.start)),
        message:
          `This \`${callback.name}\` always returns true, so ${scope} accepts any certificate, including one an attacker made for the host (man-in-the-middle). ` +
          'Remove it to restore default validation (or return errors == SslPolicyErrors.None); pin with dynamic pinning (ApproovService.CreateHttpClient()) if needed.',
      });
    }
    DANGEROUS.lastIndex = 0;
    for (let m = DANGEROUS.exec(masked); m; m = DANGEROUS.exec(masked)) {
      if (isDebugOnly(view, m.index, 'csharp')) continue;
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        fixes: removalFixes(view, callbackSiteContaining(view, m.index)),
        message:
          '`DangerousAcceptAnyServerCertificateValidator` accepts every server certificate: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it to restore default validation; pin with dynamic pinning (ApproovService.CreateHttpClient()) if needed.',
      });
    }
  },
};

import type { Rule } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { resolvedStrings } from './support/callbacks';
import { matchingBracket, splitArguments } from './support/code-syntax';

const CERT_FILE = /\.(?:pem|crt|cer|der|p7b|p12|pfx)$/i;
const CALL = /\.(setTrustedCertificates(?:Bytes)?)\s*\(/g;

/**
 * A `SecurityContext(withTrustedRoots: false)` that trusts only a certificate shipped with the app
 * (`setTrustedCertificatesBytes` / `setTrustedCertificates`): a pinned certificate.
 */
export const dartSecurityContextPinnedCert: Rule = {
  meta: {
    id: 'dart-security-context-pinned-cert',
    title: 'Flutter SecurityContext pinned to a certificate bundled in the app',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['dart'],
    keywords: ['setTrustedCertificates'],
    fixable: false,
    docs: [
      'Flags `setTrustedCertificatesBytes(…)` / `setTrustedCertificates(…)` on a dart:io `SecurityContext` in a file that creates the context with `withTrustedRoots: false`, so the app trusts only the certificate it ships (an asset loaded with `rootBundle.load`, a file, or PEM text in the code). Adding a certificate to the default context (`withTrustedRoots` left true) is not pinning and is not flagged.',
      '',
      '**Why it matters.** The trusted certificate is frozen into the app. When the server certificate (or the CA certificate that was bundled) is renewed, revoked or replaced, every installed copy that has not updated fails all TLS connections to that host until users update. A bundled certificate also expires on a fixed date that the app cannot move.',
      '',
      '**What to do.** Use dynamic pinning: replace `HttpClient(context: …)` with `ApproovHttpClient()` (package `approov_service_flutter_httpclient`) and delete the bundled certificate and the SecurityContext code. Pins then come from the SDK and can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    if (!/\bwithTrustedRoots\s*:\s*false\b/.test(masked)) return;
    CALL.lastIndex = 0;
    for (let m = CALL.exec(masked); m; m = CALL.exec(masked)) {
      const start = m.index + 1;
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      if (close === -1) continue;
      const args = splitArguments(masked, open, close);
      if (args.length === 0) continue;
      context.report({
        start,
        end: start + m[1].length,
        message:
          `The SecurityContext trusts only ${describeCertificate(view, args[0], m.index)}, not the system roots: this pins the app to a certificate shipped in it. ` +
          'When that certificate is renewed or replaced, every installed app that has not updated fails to connect. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovHttpClient) instead of a bundled certificate.',
      });
    }
  },
};

function describeCertificate(view: CodeView, arg: { start: number; end: number }, at: number): string {
  const direct = resolvedStrings(view, arg);
  if (direct.some((s) => s.value.includes('BEGIN CERTIFICATE'))) return 'a certificate embedded in the code';
  const file = direct.find((s) => CERT_FILE.test(s.value));
  if (file) return `\`${file.value}\``;
  let nearest: string | undefined;
  for (const token of view.strings) {
    if (token.start > at) break;
    if (CERT_FILE.test(token.value)) nearest = token.value;
  }
  return nearest ? `\`${nearest}\`` : 'the certificate given to it';
}

import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingFunctionBody, hostLabel, MAX_OCCURRENCES, resolveString } from './support/apple-code';
import { expressionEnd, type Span } from './support/code-syntax';

/** Where a pinning mode is set: `policyWithPinningMode:`, `AFSecurityPolicy(pinningMode:)`, `SSLPinningMode =`. */
const PINNING_MODE =
  /\b(?:policyWithPinningMode|initWithPinningMode|setSSLPinningMode|pinningMode)\s*:\s*|\bSSLPinningMode\s*=\s*/g;
const PINNING_VALUE = /^(?:AFSSLPinningMode(?:PublicKey|Certificate)\b|(?:AFSSLPinningMode\s*)?\.(?:publicKey|certificate)\b)/;

/** The HTTPS hosts of base URLs built in a span (`[NSURL URLWithString:…]`, `URL(string: …)`), literal or constant. */
function baseUrlHosts(view: CodeView, span: Span): string[] {
  const masked = view.masked;
  const hosts = new Set<string>();
  const call = /\b(?:URLWithString\s*:|URL\s*\(\s*string\s*:)\s*/g;
  const text = masked.slice(span.start, span.end);
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const start = span.start + m.index + m[0].length;
    const resolved = resolveString(view, { start, end: expressionEnd(masked, start) });
    const host = resolved.literal ? /^https:\/\/([A-Za-z0-9.-]+)/.exec(resolved.value)?.[1] : undefined;
    if (host) hosts.add(host.toLowerCase());
  }
  return [...hosts];
}

/** AFNetworking `AFSecurityPolicy` in certificate or public-key pinning mode. */
export const iosAfnetworkingPinning: Rule = {
  meta: {
    id: 'ios-afnetworking-pinning',
    title: 'Certificates pinned with an AFNetworking AFSecurityPolicy',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['objc', 'swift'],
    keywords: ['PinningMode', 'pinningMode'],
    fixable: false,
    docs: [
      'Flags an AFNetworking `AFSecurityPolicy` created or configured with `AFSSLPinningModeCertificate` or `AFSSLPinningModePublicKey` (`policyWithPinningMode:`, `policyWithPinningMode:withPinnedCertificates:`, Swift `AFSecurityPolicy(pinningMode: .certificate)`). The pinned certificates are files bundled with the app, so the finding lists no pin hashes; the host is read from the base URL (`URLWithString:` / `URL(string:)`) built in the same method, when there is one.',
      '',
      '**Why it matters.** The pinned certificates ship inside the app bundle (by default every `.cer` file in it). When the server certificate or key is replaced, every installed copy that has not updated fails every request; anyone who unpacks the IPA can read them.',
      '',
      '**What to do.** Deliver pins at runtime with dynamic pinning (for URLSession-based code, `ApproovURLSession`), use `AFSSLPinningModeNone` with default validation, and drop the bundled certificates.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    PINNING_MODE.lastIndex = 0;
    let seen = 0;
    for (let m = PINNING_MODE.exec(masked); m && seen < MAX_OCCURRENCES; m = PINNING_MODE.exec(masked), seen++) {
      const valueStart = m.index + m[0].length;
      const value = PINNING_VALUE.exec(masked.slice(valueStart, valueStart + 60));
      if (!value) continue;
      const body = enclosingFunctionBody(view, m.index);
      const host = hostLabel(body ? baseUrlHosts(view, body) : []);
      const what = /ublic/.test(value[0]) ? 'public keys' : 'certificates';
      context.report({
        start: valueStart,
        end: valueStart + value[0].length,
        host,
        pins: [],
        message:
          `AFNetworking pins bundled ${what}${host.startsWith('(') ? '' : ` for \`${host}\``}. When the server certificate or key is replaced, installed apps that have not updated fail every request, and the pinned ${what} can be read from the app bundle. ` +
          'Deliver pins at runtime with dynamic pinning instead of a static AFSecurityPolicy.',
      });
    }
  },
};

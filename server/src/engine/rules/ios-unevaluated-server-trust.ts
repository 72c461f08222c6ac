import type { Rule } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { closingBracket, enclosingFunctionBody, enclosingOpen, MAX_OCCURRENCES } from './support/apple-code';
import type { Span } from './support/code-syntax';

/** A credential made from the server trust: Swift `URLCredential(trust:)`, Objective-C `credentialForTrust:` / `initWithTrust:`. */
const CREDENTIAL_FROM_TRUST = /\bURLCredential\s*(?:\.init\s*)?\(\s*trust\s*:|\b(?:credentialForTrust|initWithTrust)\s*:/g;

/** Total size of the function bodies one file may have checked. */
const MAX_BODY_CHARACTERS = 8_000_000;

/** The disposition that hands the credential back to the URL loading system. */
const USE_CREDENTIAL = /\b(?:useCredential|NSURLSessionAuthChallengeUseCredential)\b/;

/** Calls that evaluate, inspect or hand off the trust: their presence means the handler does not blindly accept it. */
const EVALUATING_NAME =
  /^SecTrustEvaluate|^SecTrust(?:GetCertificateAtIndex|CopyCertificateChain|CopyKey|CopyPublicKey)$|^SecCertificateCopyData$|[Ee]valuat|[Vv]alidat|[Vv]erif[iy]|^check[A-Z]|^isTrusted|^isValid|[Pp]inn(?:ed|ing)|^handleChallenge$/;
const NOT_EVALUATING = /^(?:disable|skip|bypass|ignore|allowInvalid|no[A-Z])/;

/** Whether the code in `body` evaluates or inspects a server trust before using it. */
export function evaluatesTrust(masked: string, body: Span): boolean {
  const text = masked.slice(body.start, body.end);
  if (/\b(?:pinningValidator|TSKPinningValidator)\b/.test(text)) return true;
  const identifier = /[A-Za-z_]\w*/g;
  for (let m = identifier.exec(text); m; m = identifier.exec(text)) {
    let next = identifier.lastIndex;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
    const c = text[next];
    if ((c === '(' || c === ':') && EVALUATING_NAME.test(m[0]) && !NOT_EVALUATING.test(m[0])) return true;
  }
  return false;
}

/** URLSession / WKWebView / NSURLConnection challenge handlers that accept the server trust without evaluating it. */
export const iosUnevaluatedServerTrust: Rule = {
  meta: {
    id: 'ios-unevaluated-server-trust',
    title: 'Authentication challenge handler accepts any server certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['swift', 'objc'],
    keywords: ['URLCredential', 'credentialForTrust', 'initWithTrust'],
    fixable: false,
    docs: [
      'Flags a credential made from the server trust (`URLCredential(trust:)`, `[NSURLCredential credentialForTrust:]`) and returned with `.useCredential` / `NSURLSessionAuthChallengeUseCredential` / `useCredential:forAuthenticationChallenge:` by a function that never evaluates the trust: no `SecTrustEvaluateWithError`/`SecTrustEvaluate`, no TrustKit `pinningValidator`, no `evaluate(…)`/`validate…`/`verify…` call. Covers `urlSession(_:didReceive:completionHandler:)` (session and task level, async form included), `URLSession:didReceiveChallenge:completionHandler:`, WKWebView `webView(_:didReceive:completionHandler:)`, NSURLConnection delegates and Alamofire challenge closures.',
      '',
      '**Why it matters.** Answering a server-trust challenge with a credential for that same trust tells the system "I have checked this certificate". Without an evaluation every certificate is accepted — self-signed, expired, or made by an attacker for your host — so anyone on the network path can read and change the traffic (man-in-the-middle).',
      '',
      '**What to do.** Call `completionHandler(.performDefaultHandling, nil)` for server-trust challenges, or evaluate first (`SecTrustEvaluateWithError`) and cancel on failure. To pin, use dynamic pinning (`ApproovURLSession`) rather than custom trust code.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const checked = new Map<number, boolean>();
    // Characters of function bodies read in all; bounds work when hostile input nests many bodies.
    let budget = MAX_BODY_CHARACTERS;
    CREDENTIAL_FROM_TRUST.lastIndex = 0;
    let seen = 0;
    for (let m = CREDENTIAL_FROM_TRUST.exec(masked); m && seen < MAX_OCCURRENCES; m = CREDENTIAL_FROM_TRUST.exec(masked), seen++) {
      const body = enclosingFunctionBody(view, m.index) ?? { start: 0, end: masked.length, closed: true };
      // An unclosed body is broken code: its extent cannot be told.
      if (!body.closed) continue;
      let unsafe = checked.get(body.start);
      if (unsafe === undefined) {
        budget -= body.end - body.start;
        if (budget < 0) break;
        unsafe = USE_CREDENTIAL.test(masked.slice(body.start, body.end)) && !evaluatesTrust(masked, body);
        checked.set(body.start, unsafe);
      }
      if (!unsafe) continue;
      context.report({ ...credentialRange(view, m.index, m[0]), message: MESSAGE });
    }
  },
};

const MESSAGE =
  'This challenge handler answers with a credential for the server trust without evaluating it, so every certificate is accepted, including one an attacker made for your host: anyone on the network path can read and change the traffic (man-in-the-middle). ' +
  'Use .performDefaultHandling, or evaluate the trust with SecTrustEvaluateWithError first; to pin, use dynamic pinning.';

/** The whole credential expression: Swift call parentheses, or the enclosing Objective-C message brackets. */
function credentialRange(view: CodeView, start: number, matched: string): Span {
  const masked = view.masked;
  if (matched.startsWith('URLCredential')) {
    const open = masked.indexOf('(', start);
    const close = closingBracket(view, open);
    return { start, end: close === -1 ? start + matched.length : close + 1 };
  }
  const open = enclosingOpen(view, start);
  if (open !== -1 && masked[open] === '[') {
    const close = closingBracket(view, open);
    // `[[NSURLCredential alloc] initWithTrust:…]`: start at the outer message.
    if (close !== -1) return { start: open, end: close + 1 };
  }
  return { start, end: start + matched.length };
}

import type { Fix, TextEdit } from '../findings';
import type { Rule } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { removalEdit } from '../fixes/text-ranges';
import { assignedName, closingBracket, enclosingFunctionBody, enclosingOpen, MAX_OCCURRENCES } from './support/apple-code';
import { declarationStatement, tidyLineRemovals, usesOutside } from './support/apple-statements';
import { escapeRegExp, previousNonSpace, skipSpace, splitArguments, type Span } from './support/code-syntax';
import { collapseIdenticalBranches } from './support/if-collapse';
import { urlSessionMigration } from './support/urlsession-migration';

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
    fixable: true,
    docs: [
      'Flags a credential made from the server trust (`URLCredential(trust:)`, `[NSURLCredential credentialForTrust:]`) and returned with `.useCredential` / `NSURLSessionAuthChallengeUseCredential` / `useCredential:forAuthenticationChallenge:` by a function that never evaluates the trust: no `SecTrustEvaluateWithError`/`SecTrustEvaluate`, no TrustKit `pinningValidator`, no `evaluate(…)`/`validate…`/`verify…` call. Covers `urlSession(_:didReceive:completionHandler:)` (session and task level, async form included), `URLSession:didReceiveChallenge:completionHandler:`, WKWebView `webView(_:didReceive:completionHandler:)`, NSURLConnection delegates and Alamofire challenge closures.',
      '',
      '**Why it matters.** Answering a server-trust challenge with a credential for that same trust tells the system "I have checked this certificate". Without an evaluation every certificate is accepted — self-signed, expired, or made by an attacker for your host — so anyone on the network path can read and change the traffic (man-in-the-middle).',
      '',
      '**What to do.** Call `completionHandler(.performDefaultHandling, nil)` for server-trust challenges, or evaluate first (`SecTrustEvaluateWithError`) and cancel on failure. To pin, use dynamic pinning (`ApproovURLSession`) rather than custom trust code.',
      '',
      '**Quick fix.** Answers with `.performDefaultHandling` and `nil` (Objective-C `NSURLSessionAuthChallengePerformDefaultHandling`), so the system validates the certificate; no SDK is needed. A credential held in a variable is removed with its declaration, an `if let trust = …` binding left unused becomes `… != nil`, and an if/else whose branches have become identical is replaced by one branch. In Swift a second fix also creates the file\'s sessions with `ApproovURLSession(configuration:…)` (dynamic pinning; the SDK then answers server-trust challenges itself) and renames `data(for:)`-style async calls on them to `dataWithApproov(for:)`. No fix is offered when the credential is used other than as the answer to the challenge (NSURLConnection `useCredential:forAuthenticationChallenge:` included).',
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
      const range = credentialRange(view, m.index, m[0]);
      context.report({ ...range, message: MESSAGE, fixes: defaultHandlingFixes(view, context.kind === 'objc', body, range) });
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

/** A disposition written as "use the credential": `.useCredential`, `URLSession.AuthChallengeDisposition.useCredential`, `NSURLSessionAuthChallengeUseCredential`. */
const USE_CREDENTIAL_DISPOSITION = /^(?:(?:URLSession\s*\.\s*)?(?:AuthChallengeDisposition\s*)?\.\s*useCredential|NSURLSessionAuthChallengeUseCredential)$/;

/** The edits turning each `(useCredential, credential)` pair into `(performDefaultHandling, nil)`. */
function answerEdits(view: CodeView, open: number, credential: Span): TextEdit[] | undefined {
  const masked = view.masked;
  if (masked[open] !== '(') return undefined;
  const close = closingBracket(view, open);
  if (close === -1) return undefined;
  const args = splitArguments(masked, open, close);
  if (args.length !== 2 || args[1].start !== credential.start || args[1].end !== credential.end) return undefined;
  const disposition = masked.slice(args[0].start, args[0].end);
  if (!USE_CREDENTIAL_DISPOSITION.test(disposition)) return undefined;
  const word = /useCredential|NSURLSessionAuthChallengeUseCredential/.exec(disposition)!;
  return [
    {
      start: args[0].start + word.index,
      end: args[0].start + word.index + word[0].length,
      newText: word[0] === 'useCredential' ? 'performDefaultHandling' : 'NSURLSessionAuthChallengePerformDefaultHandling',
    },
    { start: credential.start, end: credential.end, newText: 'nil' },
  ];
}

/** The trust variable a credential is made from (`URLCredential(trust: trust)`, `credentialForTrust:trust`), when it is a plain name. */
function trustArgument(view: CodeView, credential: Span): string | undefined {
  const text = view.masked.slice(credential.start, credential.end);
  return /(?:\btrust\s*:|(?:credentialForTrust|initWithTrust)\s*:)\s*([A-Za-z_]\w*)\s*[)\]]$/.exec(text)?.[1];
}

/**
 * Edits removing the binding of `name` once nothing uses it: `if let name = expr` → `if expr != nil`
 * (also `guard` and `, let` clauses, and the `if let name` shorthand), or a declaration statement
 * of its own line (`let name = expr`, `SecTrustRef name = expr;`).
 */
function unusedBindingEdits(view: CodeView, body: Span, name: string, removed: readonly Span[]): TextEdit[] {
  const masked = view.masked;
  const n = escapeRegExp(name);
  const uses = usesOutside(masked, new RegExp(`(?<![\\w.])${n}\\b(?!\\s*:)`), removed, body);
  const binding = new RegExp(`\\blet\\s+${n}\\b`, 'g');
  binding.lastIndex = body.start;
  const m = binding.exec(masked);
  if (!m || m.index >= body.end || uses.length !== 1 || uses[0] !== m.index + m[0].length - name.length) return [];
  const previous = previousNonSpace(masked, m.index);
  const afterName = skipSpace(masked, m.index + m[0].length);
  if (masked[previous] === ',' || /\b(?:if|guard)$/.test(masked.slice(Math.max(0, previous - 5), previous + 1))) {
    if (masked[afterName] !== '=') return [{ start: m.index, end: m.index + m[0].length, newText: `${name} != nil` }];
    const exprStart = skipSpace(masked, afterName + 1);
    const exprEnd = clauseEnd(masked, exprStart, body.end);
    if (exprEnd <= exprStart) return [];
    return [{ start: m.index, end: exprEnd, newText: `${view.text.slice(exprStart, exprEnd)} != nil` }];
  }
  const line = /^[ \t]*let\s+\w+\s*(?::[^=\n]+)?=[^\n;{}]*;?[ \t]*$/.exec(lineAt(masked, m.index));
  if (!line || masked[afterName] !== '=') return [];
  const lineStart = masked.lastIndexOf('\n', m.index - 1) + 1;
  return [removalEdit(view.text, m.index, lineStart + line[0].trimEnd().length)];
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** End of a condition clause's expression: the next top-level `,`, `{` or `else`, white space trimmed. */
function clauseEnd(masked: string, start: number, limit: number): number {
  let depth = 0;
  for (let i = start; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === ',' || c === '{' || (c === 'e' && /^else\b/.test(masked.slice(i, i + 5)) && /\s/.test(masked[i - 1])))) {
      let end = i;
      while (end > start && /\s/.test(masked[end - 1])) end--;
      return end;
    }
  }
  return -1;
}

/**
 * Fixes for a credential made from the server trust: answer the challenge with default handling
 * instead, and in Swift, optionally move the file's sessions to ApproovURLSession as well.
 */
function defaultHandlingFixes(view: CodeView, objc: boolean, body: Span, credential: Span): Fix[] {
  const masked = view.masked;
  let edits = answerEdits(view, enclosingOpen(view, credential.start), credential);
  let removed: Span[] = [credential];
  if (!edits) {
    // `let credential = URLCredential(trust: trust)` … `completionHandler(.useCredential, credential)`.
    const name = assignedName(masked, credential.start);
    const valueOpen = masked[credential.start] === '[' ? credential.start : masked.indexOf('(', credential.start);
    const declaration = name ? declarationStatement(view, name, credential.start, valueOpen) : undefined;
    if (!name || !declaration) return [];
    const uses = usesOutside(masked, new RegExp(`(?<![\\w.])${escapeRegExp(name)}\\b`), [declaration], body);
    if (uses.length === 0) return [];
    edits = [removalEdit(view.text, declaration.start, declaration.end)];
    for (const use of uses) {
      const answer = answerEdits(view, enclosingOpen(view, use), { start: use, end: use + name.length });
      if (!answer) return [];
      edits.push(...answer);
    }
    removed = [declaration];
  }
  const trust = trustArgument(view, credential);
  if (trust) edits.push(...unusedBindingEdits(view, body, trust, removed));
  const anchor = edits.find((e) => e.newText === 'nil')!.start;
  edits = collapseIdenticalBranches(view, tidyLineRemovals(view.text, edits), statementAnchor(view, anchor));
  const disposition = objc ? 'NSURLSessionAuthChallengePerformDefaultHandling' : '.performDefaultHandling';
  const fixes: Fix[] = [{ title: `Answer with ${disposition} so the system validates the certificate`, preferred: true, edits }];
  const migration = objc ? undefined : urlSessionMigration(view);
  if (migration && !migration.edits.some((m) => edits!.some((e) => m.start < e.end && e.start < m.end))) {
    fixes.push({
      title: `Answer with ${disposition} and create this file's sessions with ApproovURLSession (dynamic pinning)`,
      edits: [...edits, ...migration.edits].sort((a, b) => a.start - b.start),
    });
  }
  return fixes;
}

/** The position of the statement holding `offset` directly in its block (for finding the enclosing if). */
function statementAnchor(view: CodeView, offset: number): number {
  let at = offset;
  for (let steps = 0; steps < 8; steps++) {
    const open = enclosingOpen(view, at);
    if (open === -1 || view.masked[open] === '{') return at;
    at = open;
  }
  return at;
}

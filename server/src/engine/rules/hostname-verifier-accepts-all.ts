import type { Rule } from '../rule';
import { skipSpace, splitArguments, type Span } from './support/code-syntax';
import { closingOf, methodDeclarations, nonLoggingCalls, withoutLogging, jvmCode, type JvmCode } from './support/jvm-syntax';

/** Longest verifier looked at: an accept-all verifier is a few lines, and the cap keeps the work linear. */
const MAX_VERIFIER = 2_000;

const MESSAGE =
  'This HostnameVerifier accepts every host name, so a valid certificate issued for any other domain (which an attacker can get for free) is accepted for your host: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
  'Remove the custom verifier and keep the default one (OkHttp and HttpsURLConnection already verify host names).';

/** Whether a verifier body (masked, logging already blanked) only returns `true`. */
function returnsOnlyTrue(residue: string, expression: boolean): boolean {
  const statements = residue.replace(/;/g, ' ').trim();
  return expression ? /^true$/.test(statements) : /^return(?:@\w+)?\s+true$/.test(statements);
}

/** A Kotlin lambda `{ a, b -> … }` at `open` whose result is always `true`. */
function kotlinLambdaAcceptsAll(code: JvmCode, open: number): Span | undefined {
  const masked = code.masked;
  const close = closingOf(code, open);
  if (close === -1 || close - open > MAX_VERIFIER) return undefined;
  const inner = masked.slice(open + 1, close);
  const arrow = inner.indexOf('->');
  if (arrow === -1) return undefined;
  const params = splitArguments(masked, open, open + 1 + arrow);
  if (params.length !== 2) return undefined;
  const body = { start: open + 1 + arrow + 2, end: close };
  if (nonLoggingCalls(code, body).length > 0) return undefined;
  const residue = withoutLogging(code, body);
  return returnsOnlyTrue(residue, true) || returnsOnlyTrue(residue, false) ? { start: open, end: close + 1 } : undefined;
}

/** A Java lambda `(a, b) -> true` or `(a, b) -> { return true; }` at `open` (its `(`). */
function javaLambdaAcceptsAll(code: JvmCode, open: number): Span | undefined {
  const masked = code.masked;
  const paramsClose = closingOf(code, open);
  if (paramsClose === -1 || paramsClose - open > MAX_VERIFIER) return undefined;
  if (splitArguments(masked, open, paramsClose).length !== 2) return undefined;
  const arrow = skipSpace(masked, paramsClose + 1);
  if (!masked.startsWith('->', arrow)) return undefined;
  const bodyStart = skipSpace(masked, arrow + 2);
  if (masked[bodyStart] === '{') {
    const close = closingOf(code, bodyStart);
    if (close === -1 || close - bodyStart > MAX_VERIFIER) return undefined;
    const body = { start: bodyStart + 1, end: close };
    if (nonLoggingCalls(code, body).length > 0) return undefined;
    return returnsOnlyTrue(withoutLogging(code, body), false) ? { start: open, end: close + 1 } : undefined;
  }
  if (!/^true\b/.test(masked.slice(bodyStart, bodyStart + 5))) return undefined;
  const next = skipSpace(masked, bodyStart + 4);
  return /[),;}]/.test(masked[next] ?? '') ? { start: open, end: bodyStart + 4 } : undefined;
}

/**
 * `HostnameVerifier`s that accept every host: a `verify(String, SSLSession)` that only returns true,
 * Kotlin SAM lambdas `HostnameVerifier { _, _ -> true }`, OkHttp's `.hostnameVerifier { _, _ -> true }`
 * and Java lambdas `(hostname, session) -> true` given to a verifier setter or variable.
 */
export const hostnameVerifierAcceptsAll: Rule = {
  meta: {
    id: 'hostname-verifier-accepts-all',
    title: 'HostnameVerifier that accepts every host name',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['HostnameVerifier', 'hostnameVerifier', 'SSLSession'],
    fixable: false,
    aliases: ['BadHostnameVerifier'],
    docs: [
      'Flags host name verifiers that always return `true`: a `verify(String, SSLSession)` method (Java class, anonymous class, Kotlin `object :`) whose body only returns `true` (logging aside), Kotlin `HostnameVerifier { _, _ -> true }`, OkHttp `.hostnameVerifier { _, _ -> true }` and Java lambdas `(hostname, session) -> true` passed to `hostnameVerifier(…)`, `setHostnameVerifier(…)`, `setDefaultHostnameVerifier(…)` or stored in a `HostnameVerifier` variable.',
      '',
      'Not flagged: verifiers that compare the host name or delegate to `HttpsURLConnection.getDefaultHostnameVerifier()` / `OkHostnameVerifier`.',
      '',
      '**Why it matters.** Certificate validation only proves that the certificate was issued by a trusted CA *to someone*; the host name check proves it was issued for the host you called. Without it, any valid certificate for any domain (free from public CAs) lets an attacker on the network path intercept and change the traffic.',
      '',
      '**What to do.** Remove the custom verifier; OkHttp and `HttpsURLConnection` verify host names by default. To connect by IP address or to a test host, fix the certificate (add the name to its SAN) or use `<debug-overrides>` in a debug build.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    const reported = new Set<number>();
    const report = (anchor: number, lambda: Span): void => {
      if (reported.has(lambda.start)) return;
      reported.add(lambda.start);
      context.report({ start: anchor, end: Math.max(lambda.end, anchor + 1), message: MESSAGE });
    };

    // Methods: Java `boolean verify(String h, SSLSession s)`, Kotlin `fun verify(h: String?, s: SSLSession?)`.
    for (const method of methodDeclarations(code, 'verify', ['boolean'])) {
      if (!/\bSSLSession\b/.test(masked.slice(method.paramsOpen, method.paramsClose))) continue;
      if (method.inner.end - method.inner.start > MAX_VERIFIER) continue;
      const expression = method.body.kind === 'expression';
      if (nonLoggingCalls(code, method.inner).length > 0) continue;
      if (!returnsOnlyTrue(withoutLogging(code, method.inner), expression)) continue;
      report(method.nameStart, { start: method.nameStart, end: method.nameEnd });
    }

    // Kotlin SAM constructor and trailing lambdas: `HostnameVerifier {`, `.hostnameVerifier {`, `setDefaultHostnameVerifier {`.
    const trailing = /\b(?:HostnameVerifier|hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier)\s*\{/g;
    for (let m = trailing.exec(masked); m; m = trailing.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const lambda = kotlinLambdaAcceptsAll(code, open);
      if (lambda) report(m.index, lambda);
    }

    // Setter calls with a lambda argument: `.hostnameVerifier((h, s) -> true)`, `setHostnameVerifier({ _, _ -> true })`.
    const setter = /\b(?:hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier)\s*\(/g;
    for (let m = setter.exec(masked); m; m = setter.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > MAX_VERIFIER) continue;
      const args = splitArguments(masked, open, close);
      if (args.length !== 1) continue;
      const first = masked[args[0].start];
      const lambda =
        first === '(' ? javaLambdaAcceptsAll(code, args[0].start) : first === '{' ? kotlinLambdaAcceptsAll(code, args[0].start) : undefined;
      if (lambda) report(m.index, lambda);
    }

    // Java variables and fields: `HostnameVerifier trustAll = (hostname, session) -> true;`.
    const variable = /\bHostnameVerifier\s+[A-Za-z_$][\w$]*\s*=\s*\(/g;
    for (let m = variable.exec(masked); m; m = variable.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const lambda = javaLambdaAcceptsAll(code, open);
      if (lambda) report(m.index, lambda);
    }
  },
};

import type { Fix } from '../findings';
import type { Rule } from '../rule';
import { splitArguments, type Span } from './support/code-syntax';
import { javaLambdaAcceptsAll, kotlinLambdaAcceptsAll, lambdaAcceptsAll, MAX_CALLBACK, returnsOnlyTrue } from './support/jvm-accept-all';
import { chainStartBefore, dotBefore, jvmSource, type JvmSource } from './support/jvm-edits';
import { removeImplementationAround, removeInsecureValue } from './support/jvm-insecure-removal';
import { closingOf, methodDeclarations, nonLoggingCalls, withoutLogging, jvmCode } from './support/jvm-syntax';

const MESSAGE =
  'This HostnameVerifier accepts every host name, so a valid certificate issued for any other domain (which an attacker can get for free) is accepted for your host: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
  'Remove the custom verifier and keep the default one (OkHttp and HttpsURLConnection already verify host names).';

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
    fixable: true,
    aliases: ['BadHostnameVerifier'],
    docs: [
      'Flags host name verifiers that always return `true`: a `verify(String, SSLSession)` method (Java class, anonymous class, Kotlin `object :`) whose body only returns `true` (logging aside), Kotlin `HostnameVerifier { _, _ -> true }`, OkHttp `.hostnameVerifier { _, _ -> true }` and Java lambdas `(hostname, session) -> true` passed to `hostnameVerifier(…)`, `setHostnameVerifier(…)`, `setDefaultHostnameVerifier(…)` or stored in a `HostnameVerifier` variable.',
      '',
      'Not flagged: verifiers that compare the host name or delegate to `HttpsURLConnection.getDefaultHostnameVerifier()` / `OkHostnameVerifier`.',
      '',
      '**Why it matters.** Certificate validation only proves that the certificate was issued by a trusted CA *to someone*; the host name check proves it was issued for the host you called. Without it, any valid certificate for any domain (free from public CAs) lets an attacker on the network path intercept and change the traffic.',
      '',
      '**What to do.** Remove the custom verifier; OkHttp and `HttpsURLConnection` verify host names by default. To connect by IP address or to a test host, fix the certificate (add the name to its SAN) or use `<debug-overrides>` in a debug build.',
      '',
      '**Quick fix.** Deletes the verifier (lambda, anonymous class, `object :` expression or private class), the variables holding it and the calls installing it: `.hostnameVerifier(…)` on an OkHttp builder, `setHostnameVerifier(…)`, `HttpsURLConnection.setDefaultHostnameVerifier(…)`, `connection.hostnameVerifier = …`, Apache `setSSLHostnameVerifier(…)`; in `new SSLConnectionSocketFactory(context, verifier)` it drops the argument (the default verifier applies). No fix when the verifier is used in another way (returned, passed elsewhere, a non-private field or class).',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    const src = jvmSource(context);
    const reported = new Set<number>();
    /** `value`: the verifier's expression to delete, or the offset of a member of the class implementing it. */
    const report = (anchor: number, lambda: Span, value: Span | number): void => {
      if (reported.has(lambda.start)) return;
      reported.add(lambda.start);
      context.report({ start: anchor, end: Math.max(lambda.end, anchor + 1), message: MESSAGE, fixes: removalFixes(src, value) });
    };

    // Methods: Java `boolean verify(String h, SSLSession s)`, Kotlin `fun verify(h: String?, s: SSLSession?)`.
    for (const method of methodDeclarations(code, 'verify', ['boolean'])) {
      if (!/\bSSLSession\b/.test(masked.slice(method.paramsOpen, method.paramsClose))) continue;
      if (method.inner.end - method.inner.start > MAX_CALLBACK) continue;
      const expression = method.body.kind === 'expression';
      if (nonLoggingCalls(code, method.inner).length > 0) continue;
      if (!returnsOnlyTrue(withoutLogging(code, method.inner), expression)) continue;
      report(method.nameStart, { start: method.nameStart, end: method.nameEnd }, method.nameStart);
    }

    // Kotlin SAM constructor and trailing lambdas: `HostnameVerifier {`, `.hostnameVerifier {`, `setDefaultHostnameVerifier {`.
    const trailing = /\b(?:HostnameVerifier|hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier)\s*\{/g;
    for (let m = trailing.exec(masked); m; m = trailing.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const lambda = kotlinLambdaAcceptsAll(code, open);
      if (!lambda) continue;
      // The SAM constructor `HostnameVerifier { … }` is the value; after a setter, the lambda is.
      const dot = dotBefore(src, m.index);
      const value = m[0].startsWith('HostnameVerifier') ? { start: dot === -1 ? m.index : chainStartBefore(src, dot), end: lambda.end } : lambda;
      report(m.index, lambda, value);
    }

    // Setter calls with a lambda argument: `.hostnameVerifier((h, s) -> true)`, `setHostnameVerifier({ _, _ -> true })`.
    const setter = /\b(?:hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier)\s*\(/g;
    for (let m = setter.exec(masked); m; m = setter.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > MAX_CALLBACK) continue;
      const args = splitArguments(masked, open, close);
      if (args.length !== 1) continue;
      const lambda = lambdaAcceptsAll(code, args[0].start);
      if (lambda) report(m.index, lambda, lambda);
    }

    // Java variables and fields: `HostnameVerifier trustAll = (hostname, session) -> true;`.
    const variable = /\bHostnameVerifier\s+[A-Za-z_$][\w$]*\s*=\s*\(/g;
    for (let m = variable.exec(masked); m; m = variable.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const lambda = javaLambdaAcceptsAll(code, open);
      if (lambda) report(m.index, lambda, lambda);
    }
  },
};

/** Deleting the verifier and its installation, when every use of it can be told (see the docs). */
function removalFixes(src: JvmSource, value: Span | number): Fix[] {
  const edits =
    typeof value === 'number'
      ? removeImplementationAround(src, value, ['HostnameVerifier'], 'hostname-verifier')
      : removeInsecureValue(src, value, 'hostname-verifier');
  return edits ? [{ title: 'Remove the accept-all HostnameVerifier (use the default host name verification)', preferred: true, edits }] : [];
}

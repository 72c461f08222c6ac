import type { Fix } from '../findings';
import type { Rule } from '../rule';
import { splitArguments } from './support/code-syntax';
import { jvmSource, type JvmSource } from './support/jvm-edits';
import { removeImplementationAround } from './support/jvm-insecure-removal';
import {
  caughtInside,
  closingOf,
  enclosingOpen,
  insideRunCatching,
  methodDeclarations,
  nonLoggingCalls,
  throwsOut,
  type MethodDeclaration, jvmCode, type JvmCode } from './support/jvm-syntax';

/**
 * Calls that cannot reject a certificate: they read, format or compare values. A body whose only
 * calls are these (or logging) never throws, so the trust manager accepts every chain. Any other call
 * (`checkValidity()`, `verify(key)`, `require(…)`, an app helper) might throw and is given the benefit of the doubt.
 */
const INERT_CALLS = new Set([
  'toString', 'contains', 'equals', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty', 'isNullOrEmpty', 'isBlank',
  'size', 'length', 'format', 'joinToString', 'map', 'forEach', 'let', 'also', 'apply', 'run', 'with', 'takeIf',
  'lowercase', 'uppercase', 'toLowerCase', 'toUpperCase', 'trim', 'first', 'firstOrNull', 'last', 'orEmpty', 'hashCode',
  'valueOf', 'contentToString', 'asList', 'listOf', 'arrayOf', 'emptyArray', 'append', 'StringBuilder', 'String',
  'getName', 'getSubjectDN', 'getIssuerDN', 'getSubjectX500Principal', 'getIssuerX500Principal', 'getSerialNumber',
  'getNotAfter', 'getNotBefore', 'getType', 'getSigAlgName', 'javaClass', 'toTypedArray', 'toList', 'count',
]);

const DELEGATION = 'checkServerTrusted';

/**
 * An `X509TrustManager` whose `checkServerTrusted` cannot reject a certificate: empty, only logs or
 * returns, or swallows the exception of the trust manager it delegates to. Matches method declarations
 * (Java `void`, Kotlin `fun`) in classes, anonymous classes and `object :` expressions, not calls.
 */
export const trustAllX509TrustManager: Rule = {
  meta: {
    id: 'trust-all-x509-trust-manager',
    title: 'X509TrustManager that trusts every certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['checkServerTrusted'],
    fixable: true,
    aliases: ['TrustAllX509TrustManager'],
    docs: [
      'Flags a `checkServerTrusted` implementation that can never reject a certificate, in classes, Java anonymous classes and Kotlin `object :` expressions: a body that is empty, only returns, only logs, or has no `throw` and calls nothing that could throw (reading or printing the certificate does not count), and a body that delegates to another trust manager inside a `try`/`catch` or `runCatching` that swallows the `CertificateException`. A `getAcceptedIssuers` that returns `null` or an empty array is mentioned as supporting evidence but is not flagged on its own.',
      '',
      'Not flagged: trust managers that delegate to the platform one (`defaultTm.checkServerTrusted(chain, authType)`), that throw a `CertificateException` when their own check fails, or that call a helper which may throw.',
      '',
      "**Why it matters.** `checkServerTrusted` is where a trust manager rejects a certificate by throwing. A body that never throws accepts any certificate, including one an attacker made for your host, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change the app's traffic. Such code is often added for a test server and shipped by mistake.",
      '',
      "**What to do.** Delete the custom trust manager and use the platform's default one. To trust a private CA in development, use `<debug-overrides>` in the network security config; to pin, use dynamic pinning (`ApproovService.getOkHttpClient()`), which keeps the platform's validation and adds pins delivered at runtime.",
      '',
      "**Quick fix.** Deletes the trust manager (an anonymous class, an `object :` expression or a private class) with everything that only serves to install it: the variables holding it, the `SSLContext` it initialises (`SSLContext.getInstance(…)` + `init(null, …)`), the socket factories taken from that context, and the calls installing them (`.sslSocketFactory(factory, tm)` on an OkHttp builder, `HttpsURLConnection.setDefaultSSLSocketFactory(…)`, `connection.sslSocketFactory = …`, `SSLContext.setDefault(…)`), an emptied `try`/`if` around them, and imports nothing else uses. The platform's default validation then applies. No fix is offered when any of these values is used in another way (returned, passed to another method, a non-private field or class another file may use, a context that also gets a key manager), or when a Java `catch` of `NoSuchAlgorithmException`/`KeyManagementException` would be left without anything that throws it.",
    ].join('\n'),
  },
  detect(context) {
    const code = jvmCode(context.code());
    const src = jvmSource(context);
    const issuersCache = new Map<number, boolean>();
    for (const method of methodDeclarations(code, 'checkServerTrusted', ['void'])) {
      const verdict = judge(code, method);
      if (!verdict) continue;
      const issuers = emptyAcceptedIssuers(code, method.nameStart, issuersCache)
        ? ' `getAcceptedIssuers` also returns no issuers, another sign that this trust manager was written to accept anything.'
        : '';
      context.report({
        start: method.nameStart,
        end: method.nameEnd,
        message:
          (verdict === 'swallows'
            ? '`checkServerTrusted` catches and ignores the CertificateException of the trust manager it delegates to, so every certificate is accepted'
            : '`checkServerTrusted` never throws, so this trust manager accepts every certificate') +
          ': anyone on the network path can intercept and change the traffic (man-in-the-middle).' +
          issuers +
          " Remove the custom X509TrustManager and use the platform's default validation.",
        fixes: removalFixes(src, method.nameStart),
      });
    }
  },
};

function judge(code: JvmCode, method: MethodDeclaration): 'accepts' | 'swallows' | undefined {
  const masked = code.masked;
  const body = method.inner;
  // (chain, authType) or (chain, authType, socket | engine): other overloads are not X509TrustManager's.
  const params = splitArguments(masked, method.paramsOpen, method.paramsClose).length;
  if (params < 2 || params > 3) return undefined;
  if (throwsOut(code, body)) return undefined;
  const calls = nonLoggingCalls(code, body);
  const delegations = calls.filter((c) => c.name === DELEGATION);
  if (delegations.length > 0) {
    const swallowed = delegations.every(
      (c) => caughtInside(code, body, c.nameStart) || insideRunCatching(code, body, c.nameStart),
    );
    return swallowed ? 'swallows' : undefined;
  }
  // Constructing an exception (thrown and caught again inside the body) checks nothing either.
  return calls.every((c) => INERT_CALLS.has(c.name) || /^[A-Z]\w*(?:Exception|Error)$/.test(c.name)) ? 'accepts' : undefined;
}

/** Whether the class or object around `offset` has a `getAcceptedIssuers` that returns null or an empty array. */
function emptyAcceptedIssuers(code: JvmCode, offset: number, cache: Map<number, boolean>): boolean {
  const masked = code.masked;
  const open = enclosingOpen(code, offset);
  if (open === -1 || masked[open] !== '{') return false;
  const cached = cache.get(open);
  if (cached !== undefined) return cached;
  const close = closingOf(code, open);
  let empty = false;
  if (close !== -1) {
    for (const method of methodDeclarations(code, 'getAcceptedIssuers', ['X509Certificate\\s*\\[\\s*\\]'], { start: open, end: close })) {
      const body = masked.slice(method.inner.start, method.inner.end).replace(/\s+/g, ' ').trim();
      if (EMPTY_ISSUERS.test(body)) empty = true;
    }
  }
  cache.set(open, empty);
  return empty;
}

const EMPTY_ISSUERS =
  /^(?:return )?(?:null|arrayOf\(\)|arrayOf<X509Certificate\??>\(\)|emptyArray\(\)|emptyArray<X509Certificate\??>\(\)|arrayOfNulls\(0\)|arrayOfNulls<X509Certificate\??>\(0\)|new X509Certificate ?\[ ?0 ?\]|new X509Certificate ?\[ ?\] ?\{ ?\})\s*;?$/;

/** Deleting the trust manager and its installation, when every use of it can be told (see the docs). */
function removalFixes(src: JvmSource, memberOffset: number): Fix[] {
  const edits = removeImplementationAround(src, memberOffset, ['X509TrustManager', 'X509ExtendedTrustManager'], 'trust-manager');
  return edits ? [{ title: "Remove the trust-all X509TrustManager (use the platform's certificate validation)", preferred: true, edits }] : [];
}

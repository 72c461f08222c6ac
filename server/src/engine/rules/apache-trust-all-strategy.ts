import type { Fix } from '../findings';
import type { Rule } from '../rule';
import { splitArguments, type Span } from './support/code-syntax';
import { lambdaAcceptsAll, MAX_CALLBACK, returnsOnlyTrue } from './support/jvm-accept-all';
import { chainStartBefore, dotBefore, jvmSource, libraryInstance, type JvmSource } from './support/jvm-edits';
import { removeImplementationAround, removeInsecureValue } from './support/jvm-insecure-removal';
import { closingOf, jvmCode, methodDeclarations, nonLoggingCalls, withoutLogging } from './support/jvm-syntax';

/** Longest `loadTrustMaterial(…)` call looked at: real ones are short, the cap keeps nested input linear. */
const MAX_CALL = 20_000;

const ACCEPT_ALL_MESSAGE =
  'This Apache HttpClient TrustStrategy trusts every certificate chain without checking it, so anyone on the network path can present a certificate they made for your host and intercept and change the traffic (man-in-the-middle). ' +
  "Remove the TrustStrategy (or pass null) so the platform's certificate validation applies.";

const LIBRARY_STRATEGIES: Record<string, string> = {
  TrustAllStrategy: "Apache HttpClient's `TrustAllStrategy` trusts every certificate chain without checking it",
  TrustSelfSignedStrategy:
    "Apache HttpClient's `TrustSelfSignedStrategy` trusts any self-signed certificate, and anyone can make a self-signed certificate for your host",
};

/**
 * Apache HttpClient `TrustStrategy`s that accept every chain: the library's `TrustAllStrategy` and
 * `TrustSelfSignedStrategy`, `isTrusted(chain, authType)` implementations that only return true, and
 * lambdas `(chain, authType) -> true` / Kotlin `TrustStrategy { _, _ -> true }`.
 */
export const apacheTrustAllStrategy: Rule = {
  meta: {
    id: 'apache-trust-all-strategy',
    title: 'Apache HttpClient TrustStrategy that trusts every certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['TrustStrategy', 'TrustAllStrategy', 'TrustSelfSignedStrategy', 'isTrusted', 'loadTrustMaterial'],
    fixable: true,
    aliases: ['bypass-tls-verification'],
    docs: [
      "Flags Apache HttpClient trust strategies that accept any certificate: uses of the library's `TrustAllStrategy` and `TrustSelfSignedStrategy` (`new TrustSelfSignedStrategy()`, `TrustAllStrategy.INSTANCE`, e.g. in `loadTrustMaterial(null, TrustSelfSignedStrategy())`), an `isTrusted(X509Certificate[] chain, String authType)` that only returns `true` (class, anonymous `new TrustStrategy() { … }`, Kotlin `object :`), Java lambdas `(chain, authType) -> true` stored in a `TrustStrategy` variable, cast to `TrustStrategy` or passed to `loadTrustMaterial(…)`, and Kotlin `TrustStrategy { _, _ -> true }` or a trailing lambda of `loadTrustMaterial`.",
      '',
      'Not flagged: strategies that check the chain (compare a fingerprint, the issuer) or return `false` to fall back to the trust store, imports, comments and class declarations.',
      '',
      '**Why it matters.** A `TrustStrategy` that returns `true` tells HttpClient to trust the chain without validating it against any CA. Anyone on the network path (public Wi-Fi, a hostile proxy) can then present a certificate they made for your host and read and change the traffic. `TrustSelfSignedStrategy` is no better: any attacker can make a self-signed certificate.',
      '',
      "**What to do.** Remove the strategy so that the default trust store applies (`SSLContexts.createDefault()`). To trust a private CA in development, load it only in debug builds; to pin, use dynamic pinning, which keeps the platform's validation and adds pins delivered at runtime.",
      '',
      '**Quick fix.** Deletes the strategy (with the variable holding it) where it is given to `loadTrustMaterial`: `loadTrustMaterial(strategy)` and `loadTrustMaterial(null, strategy)` go from the builder chain (the default trust store then applies), `loadTrustMaterial(keyStore, strategy)` becomes `loadTrustMaterial(keyStore, null)`, and `loadTrustMaterial(file, password, strategy)` loses its last argument. No fix when the strategy is used in another way (another constructor, a non-private field or class).',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    const src = jvmSource(context);
    const reported = new Set<number>();
    /** `value`: the strategy's expression to delete, or the offset of a member of the class implementing it. */
    const report = (span: Span, value: Span | number | undefined, message = ACCEPT_ALL_MESSAGE): void => {
      if (reported.has(span.start)) return;
      reported.add(span.start);
      context.report({ start: span.start, end: Math.max(span.end, span.start + 1), message, fixes: removalFixes(src, value) });
    };

    // The library's own accept-all strategies, in code (not imports or declarations of a class so named).
    const library = /\b(?:TrustAllStrategy|TrustSelfSignedStrategy)\b/g;
    for (let m = library.exec(masked); m; m = library.exec(masked)) {
      const before = masked.slice(masked.lastIndexOf('\n', m.index) + 1, m.index);
      if (/^\s*import\b/.test(before) || /\b(?:class|object|interface)\s+$/.test(before)) continue;
      report(
        { start: m.index, end: m.index + m[0].length },
        libraryInstance(src, { start: m.index, end: m.index + m[0].length })?.span,
        `${LIBRARY_STRATEGIES[m[0]]}: anyone on the network path can intercept and change the traffic (man-in-the-middle). ` +
          "Remove the TrustStrategy (or pass null) so the platform's certificate validation applies.",
      );
    }

    // `boolean isTrusted(X509Certificate[] chain, String authType)`, Kotlin `fun isTrusted(chain: Array<X509Certificate>, …)`.
    for (const method of methodDeclarations(code, 'isTrusted', ['boolean'])) {
      const params = masked.slice(method.paramsOpen, method.paramsClose);
      if (!/\bX509Certificate\b/.test(params) || splitArguments(masked, method.paramsOpen, method.paramsClose).length !== 2) continue;
      if (method.inner.end - method.inner.start > MAX_CALLBACK) continue;
      if (nonLoggingCalls(code, method.inner).length > 0) continue;
      if (!returnsOnlyTrue(withoutLogging(code, method.inner), method.body.kind === 'expression')) continue;
      report({ start: method.nameStart, end: method.nameEnd }, method.nameStart);
    }

    // Kotlin SAM constructor `TrustStrategy { _, _ -> true }`.
    const sam = /\bTrustStrategy\s*\{/g;
    for (let m = sam.exec(masked); m; m = sam.exec(masked)) {
      const lambda = lambdaAcceptsAll(code, m.index + m[0].length - 1);
      const dot = dotBefore(src, m.index);
      if (lambda) report({ start: m.index, end: lambda.end }, { start: dot === -1 ? m.index : chainStartBefore(src, dot), end: lambda.end });
    }

    // Java `TrustStrategy s = (chain, authType) -> true;` and casts `(TrustStrategy) (chain, authType) -> true`.
    const typed = /\bTrustStrategy\s+[A-Za-z_$][\w$]*\s*=\s*\(|\(\s*(?:[\w.]+\.)?TrustStrategy\s*\)\s*\(/g;
    for (let m = typed.exec(masked); m; m = typed.exec(masked)) {
      const lambda = lambdaAcceptsAll(code, m.index + m[0].length - 1);
      if (lambda) report(lambda, lambda);
    }

    // Lambdas given to `loadTrustMaterial(…)`, as an argument or a Kotlin trailing lambda.
    const load = /\bloadTrustMaterial\s*\(/g;
    for (let m = load.exec(masked); m; m = load.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > MAX_CALL) continue;
      for (const arg of splitArguments(masked, open, close)) {
        const lambda = lambdaAcceptsAll(code, arg.start);
        if (lambda) report(lambda, lambda);
      }
      const trailing = /^\s*\{/.exec(masked.slice(close + 1, close + 40));
      if (trailing) {
        const lambda = lambdaAcceptsAll(code, close + 1 + trailing[0].length - 1);
        if (lambda) report(lambda, lambda);
      }
    }
  },
};

/** Deleting the strategy where `loadTrustMaterial` receives it, when every use of it can be told (see the docs). */
function removalFixes(src: JvmSource, value: Span | number | undefined): Fix[] {
  if (value === undefined) return [];
  const edits =
    typeof value === 'number' ? removeImplementationAround(src, value, ['TrustStrategy'], 'trust-strategy') : removeInsecureValue(src, value, 'trust-strategy');
  return edits ? [{ title: 'Remove the trust-all TrustStrategy (use the default trust store)', preferred: true, edits }] : [];
}

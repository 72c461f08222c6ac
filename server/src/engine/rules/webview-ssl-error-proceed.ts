import type { Rule } from '../rule';
import { callsIn, jvmCode, methodDeclarations, withoutLogging } from './support/jvm-syntax';

/**
 * `WebViewClient.onReceivedSslError` that lets the page load despite the certificate error:
 * `handler.proceed()` with no `cancel()` branch, or `proceed()` as the first statement.
 */
export const webviewSslErrorProceed: Rule = {
  meta: {
    id: 'webview-ssl-error-proceed',
    title: 'WebView ignores TLS certificate errors (onReceivedSslError calls proceed())',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['onReceivedSslError'],
    fixable: false,
    aliases: ['WebViewClientOnReceivedSslError'],
    docs: [
      'Flags `handler.proceed()` in a `WebViewClient.onReceivedSslError` override (Java, Kotlin, anonymous classes and `object :` expressions) when `proceed()` is its first statement (logging aside), or when the method has no `cancel()` branch (neither `handler.cancel()` nor `super.onReceivedSslError(…)`) and nothing before `proceed()` looks at the certificate: guards on the error type or null checks of the handler do not count as a check.',
      '',
      'Not flagged: overrides that call `proceed()` only on one branch of a real check and `cancel()` on the other (comparing the certificate with a known one, asking the user), or only after examining the certificate or only in debug builds (`BuildConfig.DEBUG`).',
      '',
      "**Why it matters.** `onReceivedSslError` is called when the page's certificate is invalid (untrusted, expired, wrong host). Calling `proceed()` loads the page anyway, so anyone on the network path can serve their own content and read what the user types. Google Play rejects apps with an unsafe implementation of this handler.",
      '',
      '**What to do.** Call `handler.cancel()` (the default behaviour of `super.onReceivedSslError`) and fix the server certificate. For a test server, use `<debug-overrides>` in the network security config.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    for (const method of methodDeclarations(code, 'onReceivedSslError', ['void'])) {
      const calls = callsIn(code, method.inner.start, method.inner.end);
      const proceeds = calls.filter((c) => c.name === 'proceed' && c.member && c.close !== -1 && masked.slice(c.open + 1, c.close).trim() === '');
      if (proceeds.length === 0) continue;
      const cancels = calls.some(
        (c) => (c.name === 'cancel' && c.member) || (c.name === 'onReceivedSslError' && c.receiver === 'super'),
      );
      const first = proceeds[0];
      // What runs before the first proceed(), logging aside.
      const before = withoutLogging(code, { start: method.inner.start, end: first.chainStart });
      const proceedFirst = before.trim() === '';
      if (cancels && !proceedFirst) continue;
      // Without a cancel() branch, a proceed() reached only after looking at the certificate (or only in
      // debug builds) is a deliberate check, not a bypass; a guard on the error type or a null check is not.
      if (!proceedFirst && REAL_CHECK.test(before)) continue;
      context.report({
        start: first.chainStart,
        end: first.close + 1,
        message:
          '`onReceivedSslError` calls `proceed()`' +
          (cancels ? ' before any check' : ' without checking the certificate and never `cancel()`') +
          ', so the WebView loads pages whose certificate is invalid: anyone on the network path can serve their own content and read what the user enters (man-in-the-middle). ' +
          'Call `handler.cancel()` (or super.onReceivedSslError) and fix the server certificate.',
      });
    }
  },
};

/** Code before proceed() that looks at the certificate or limits it to debug builds. */
const REAL_CHECK = /[Cc]ertificate|\bcert\b|X509|[Ff]ingerprint|[Vv]alid|[Pp]inn?(?:ed|ing|s)?\b|BuildConfig\s*\.\s*DEBUG|isDebug/;

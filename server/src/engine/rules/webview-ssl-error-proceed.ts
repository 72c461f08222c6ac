import type { Fix } from '../findings';
import { indentationAt } from '../fixes/text-ranges';
import type { Rule } from '../rule';
import { splitArguments } from './support/code-syntax';
import { jvmSource, type JvmSource } from './support/jvm-edits';
import { callsIn, enclosingOpen, jvmCode, methodDeclarations, withoutLogging, type Call, type JvmCode, type MethodDeclaration } from './support/jvm-syntax';

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
    fixable: true,
    aliases: ['WebViewClientOnReceivedSslError'],
    docs: [
      'Flags `handler.proceed()` in a `WebViewClient.onReceivedSslError` override (Java, Kotlin, anonymous classes and `object :` expressions) when `proceed()` is its first statement (logging aside), or when the method has no `cancel()` branch (neither `handler.cancel()` nor `super.onReceivedSslError(…)`) and nothing before `proceed()` looks at the certificate: guards on the error type or null checks of the handler do not count as a check.',
      '',
      'Not flagged: overrides that call `proceed()` only on one branch of a real check and `cancel()` on the other (comparing the certificate with a known one, asking the user), or only after examining the certificate or only in debug builds (`BuildConfig.DEBUG`).',
      '',
      "**Why it matters.** `onReceivedSslError` is called when the page's certificate is invalid (untrusted, expired, wrong host). Calling `proceed()` loads the page anyway, so anyone on the network path can serve their own content and read what the user types. Google Play rejects apps with an unsafe implementation of this handler.",
      '',
      '**What to do.** Call `handler.cancel()` (the default behaviour of `super.onReceivedSslError`) and fix the server certificate. For a test server, use `<debug-overrides>` in the network security config.',
      '',
      "**Quick fix.** Turns every `proceed()` of the handler in the method into `cancel()`, keeping the rest of the method (logging, analytics). Another fix replaces the method's body with `super.onReceivedSslError(…)`.",
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    const src = jvmSource(context);
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
      // A cancel() (or super call, which cancels) only makes a decision when proceed() is the other
      // branch; a proceed() that runs on every path after it still means the developer wants the page.
      const proceedAlways = !proceedFirst && runsOnEveryPath(code, method.inner.start, first.chainStart, before);
      if (cancels && !proceedFirst && !proceedAlways) continue;
      // Without a cancel() branch, a proceed() reached only after looking at the certificate (or only in
      // debug builds) is a deliberate check, not a bypass; a guard on the error type or a null check is not.
      if (!proceedFirst && REAL_CHECK.test(before)) continue;
      context.report({
        start: first.chainStart,
        end: first.close + 1,
        message:
          '`onReceivedSslError` calls `proceed()`' +
          (proceedAlways && cancels
            ? ' on every path, even after cancelling'
            : cancels
              ? ' before any check'
              : ' without checking the certificate and never `cancel()`') +
          ', so the WebView loads pages whose certificate is invalid: anyone on the network path can serve their own content and read what the user enters (man-in-the-middle). ' +
          'Call `handler.cancel()` (or super.onReceivedSslError) and fix the server certificate.',
        fixes: fixes(src, method, proceeds),
      });
    }
  },
};

/** `proceed()` → `cancel()` everywhere in the method (preferred), or the body replaced by the super call. */
function fixes(src: JvmSource, method: MethodDeclaration, proceeds: Call[]): Fix[] {
  const result: Fix[] = [
    {
      title: 'Cancel the page load on certificate errors (handler.cancel())',
      preferred: true,
      edits: proceeds.flatMap((c) => [{ start: c.nameStart, end: c.nameStart + 'proceed'.length, newText: 'cancel' }, ...staleComment(src, c)]),
    },
  ];
  const masked = src.code.masked;
  const names = splitArguments(masked, method.paramsOpen, method.paramsClose).map((p) => {
    const param = masked.slice(p.start, p.end);
    return (src.language === 'kotlin' ? /^\s*(?:[\w@]+\s+)*?([A-Za-z_]\w*)\s*:/.exec(param) : /([A-Za-z_$][\w$]*)\s*$/.exec(param))?.[1];
  });
  if (names.length !== 3 || names.some((n) => !n)) return result;
  const call = `super.onReceivedSslError(${names.join(', ')})${src.language === 'java' ? ';' : ''}`;
  let edit;
  if (method.body.kind === 'expression') {
    edit = { start: method.inner.start, end: method.inner.end, newText: call };
  } else {
    const indent = indentationAt(src.text, method.nameStart);
    const firstLine = src.text.slice(method.inner.start, method.inner.end).match(/^[^\S\n]*\r?\n([ \t]*)\S/);
    const unit = firstLine && firstLine[1].startsWith(indent) && firstLine[1].length > indent.length ? firstLine[1].slice(indent.length) : '    ';
    const eol = src.text.includes('\r\n') ? '\r\n' : '\n';
    edit = { start: method.body.start, end: method.body.end, newText: `{${eol}${indent}${unit}${call}${eol}${indent}}` };
  }
  result.push({ title: 'Replace the body with super.onReceivedSslError(…) (cancels the load)', edits: [edit] });
  return result;
}

/** A comment after `proceed();` on its line (`// ignore SSL errors`) no longer tells the truth: it goes. */
function staleComment(src: JvmSource, call: Call): { start: number; end: number; newText: string }[] {
  const masked = src.code.masked;
  let at = call.close + 1;
  // The comment itself is blank in `masked`: skip spaces in the text.
  while (src.text[at] === ' ' || src.text[at] === '\t' || src.text[at] === ';') at++;
  const comment = src.view.comments.find((c) => c.start >= at && c.start < at + 200);
  if (!comment || masked.slice(at, comment.start).trim() !== '' || /\S/.test(masked.slice(comment.end, masked.indexOf('\n', comment.end) === -1 ? masked.length : masked.indexOf('\n', comment.end)))) return [];
  if (src.text.slice(comment.start, comment.end).includes('\n')) return [];
  let start = comment.start;
  while (start > call.close + 1 && (src.text[start - 1] === ' ' || src.text[start - 1] === '\t')) start--;
  return [{ start, end: comment.end, newText: '' }];
}

/**
 * Whether the call starting at `at` runs whenever the method body starting at `bodyStart` runs: it
 * sits at the body's top level, its statement is not the tail of an `if`/`else`/`when`/`?:`/`&&`,
 * and no `return` or `throw` comes before it.
 */
function runsOnEveryPath(code: JvmCode, bodyStart: number, at: number, before: string): boolean {
  if (enclosingOpen(code, at) !== bodyStart - 1) return false;
  if (/\b(?:return|throw)\b/.test(before)) return false;
  const masked = code.masked;
  let statementStart = at;
  for (let i = at - 1, steps = 0; i >= bodyStart && steps < MAX_STATEMENT_PREFIX; i--, steps++) {
    if (masked[i] === ';' || masked[i] === '{' || masked[i] === '}') break;
    statementStart = i;
  }
  return !/\b(?:if|else|when|while|for)\b|\?|->|&&|\|\|/.test(masked.slice(statementStart, at));
}

/** Longest statement prefix looked at before a proceed() call. */
const MAX_STATEMENT_PREFIX = 2_000;

/** Code before proceed() that looks at the certificate or limits it to debug builds. */
const REAL_CHECK = /[Cc]ertificate|\bcert\b|X509|[Ff]ingerprint|[Vv]alid|[Pp]inn?(?:ed|ing|s)?\b|BuildConfig\s*\.\s*DEBUG|isDebug/;

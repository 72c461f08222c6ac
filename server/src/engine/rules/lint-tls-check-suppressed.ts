import type { Fix, Severity, TextEdit } from '../findings';
import { wholeLinesRange } from '../fixes/text-ranges';
import { importsMadeUnused } from '../fixes/unused-imports';
import type { Rule, RuleContext } from '../rule';
import { attribute, descendants, type XmlAttribute, type XmlElement } from '../xml/xml-document';
import { previousNonSpace, skipSpace } from './support/code-syntax';
import { deletionRange, jvmSource } from './support/jvm-edits';
import { closingOf, enclosingOpen, jvmCode } from './support/jvm-syntax';
import { attributeRemoval, elementRemoval } from './support/xml-edits';

/** Android Lint TLS checks, what each one guards, and how serious silencing it is. */
const TLS_CHECKS: Record<string, { guards: string; severity: Severity }> = {
  TrustAllX509TrustManager: { guards: 'trust managers that accept every certificate', severity: 'warning' },
  BadHostnameVerifier: { guards: 'host name verifiers that accept every host', severity: 'warning' },
  AllowAllHostnameVerifier: { guards: 'allow-all host name verifiers', severity: 'warning' },
  WebViewClientOnReceivedSslError: { guards: 'WebViews that proceed despite certificate errors', severity: 'warning' },
  SSLCertificateSocketFactoryGetInsecure: { guards: 'socket factories without certificate checks', severity: 'warning' },
  SSLCertificateSocketFactoryCreateSocket: { guards: 'TLS sockets opened without host name verification', severity: 'warning' },
  InsecureBaseConfiguration: { guards: 'cleartext traffic permitted by the base network security config', severity: 'warning' },
  AcceptsUserCertificates: { guards: 'user-installed CAs trusted in release builds', severity: 'warning' },
  CustomX509TrustManager: { guards: 'custom X509TrustManager implementations', severity: 'info' },
};
const IDS = Object.keys(TLS_CHECKS);

/**
 * What each check looks for, roughly (in code without imports, or in the XML file): when none of it is
 * left in the file, the suppression is stale and removing it is a safe bulk fix.
 */
const GUARDED: Record<string, RegExp> = {
  TrustAllX509TrustManager: /\b(?:checkServerTrusted|X509TrustManager)\b/,
  CustomX509TrustManager: /\b(?:checkServerTrusted|X509TrustManager)\b/,
  BadHostnameVerifier: /\b(?:HostnameVerifier|hostnameVerifier)\b|\bverify\s*\(/,
  AllowAllHostnameVerifier: /\b(?:ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier|NoopHostnameVerifier)\b/,
  WebViewClientOnReceivedSslError: /\bonReceivedSslError\b/,
  SSLCertificateSocketFactoryGetInsecure: /\bgetInsecure\b/,
  SSLCertificateSocketFactoryCreateSocket: /\bcreateSocket\b/,
  InsecureBaseConfiguration: /cleartextTrafficPermitted\s*=\s*["']true/,
  AcceptsUserCertificates: /src\s*=\s*["']user/,
};

const FOLLOW_UP = 'run Android Lint and fix what the check reports';

/** Removing the suppression: a bulk fix when nothing the check guards is left in `guardedText`, else one that asks for a Lint run. */
function removalFix(id: string, edits: TextEdit[], guardedText: string, projectWide = false): Fix[] {
  const stale = !projectWide && !GUARDED[id].test(guardedText);
  return [{ title: `Remove the suppression of ${id}`, preferred: true, edits, ...(stale ? {} : { followUp: FOLLOW_UP }) }];
}

function message(id: string, how: string): string {
  return (
    `${how} silences Android Lint's \`${id}\` check for ${TLS_CHECKS[id].guards}. ` +
    'A suppressed TLS check usually hides a real verification bypass that then ships unnoticed. ' +
    "Review the code it covers, restore the platform's validation, and remove the suppression."
  );
}

function lintId(raw: string): string | undefined {
  const id = raw.trim().replace(/^AndroidLint/, '');
  return id in TLS_CHECKS ? id : undefined;
}

const ANNOTATION = /@(?:file:|get:|set:|field:|param:)?(?:[\w.]+\.)?Suppress(?:Lint|Warnings)\s*$/;
const GRADLE_DISABLE = /\b(?:disable|lintOptions\s*\.\s*disable)(?:\s*\.\s*addAll|\s*\.\s*add|\s*\+=|\s*=)?\s*$/;
/** A statement on the token's line, up to the token: `disable 'A', `, `disable += `, `lintOptions { disable 'A', `. */
const GRADLE_DISABLE_LINE = /(?:^|[{;])\s*(?:lintOptions\s*\.\s*)?disable(?:\s*\+=|\s*=|\s)[^;{}]*$/;
const COLLECTION = /\b(?:listOf|setOf|mutableListOf|mutableSetOf|arrayOf)\s*$/;

/** Lint TLS checks silenced with `@SuppressLint`, `//noinspection`, Gradle `disable`, `tools:ignore` or lint.xml. */
export const lintTlsCheckSuppressed: Rule = {
  meta: {
    id: 'lint-tls-check-suppressed',
    title: "Android Lint's TLS checks silenced",
    category: 'tls',
    severity: 'warning',
    fileKinds: ['kotlin', 'java', 'groovy', 'xml'],
    keywords: IDS,
    fixable: true,
    docs: [
      "Flags places that silence one of Android Lint's TLS checks (`TrustAllX509TrustManager`, `BadHostnameVerifier`, `AllowAllHostnameVerifier`, `WebViewClientOnReceivedSslError`, `SSLCertificateSocketFactoryGetInsecure`, `SSLCertificateSocketFactoryCreateSocket`, `InsecureBaseConfiguration`, `AcceptsUserCertificates`, and — as info — `CustomX509TrustManager`): `@SuppressLint(…)` / `@SuppressWarnings(…)` annotations, `//noinspection` comments, Gradle `lint { disable … }`, `tools:ignore` attributes and `<issue id=… severity=\"ignore\">` in `lint.xml`.",
      '',
      '**Why it matters.** Lint reports these patterns because they usually disable certificate or host name validation. Silencing the check instead of fixing the code is how such bypasses reach release builds; reviewers and CI no longer see them.',
      '',
      "**What to do.** Review the code the suppression covers. Restore the platform's validation (delete custom trust managers and verifiers, call `handler.cancel()`), use `<debug-overrides>` for test CAs, and remove the suppression. `CustomX509TrustManager` suppressions are reported as information only: a custom trust manager that delegates to the platform one is acceptable.",
      '',
      "**Quick fix.** Removes the check's id from the annotation, `//noinspection` comment, `tools:ignore` attribute or lint.xml `<issue>` (the whole annotation, comment or attribute when it names nothing else). It runs with fix-all only when the file no longer has what the check guards (e.g. no `checkServerTrusted` left for `TrustAllX509TrustManager`); otherwise it is offered alone and asks for a Lint run, since Lint will then report the code again. Gradle `disable` entries get no fix.",
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'xml') detectXml(context);
    else detectCode(context);
  },
};

function detectCode(context: RuleContext): void {
  const view = context.code();
  const masked = view.masked;
  const code = jvmCode(view);
  const gradle = /\.gradle(?:\.kts)?$/.test(context.path);
  const src = jvmSource(context);
  /** The whole annotation when it names one string, else that string and a comma. */
  const annotationEdits = (at: number, open: number, token: { start: number; end: number }): TextEdit[] | undefined => {
    const close = closingOf(code, open);
    if (close === -1) return undefined;
    if (view.stringsIn(open, close).length === 1) {
      const removal = [{ ...deletionRange(src, at, close + 1, false), newText: '' }];
      return [...removal, ...importsMadeUnused(context.text, src.language, removal, view)];
    }
    const next = skipSpace(masked, token.end);
    if (masked[next] === ',') return [{ start: token.start, end: skipSpace(masked, next + 1), newText: '' }];
    const previous = previousNonSpace(masked, token.start);
    return masked[previous] === ',' ? [{ start: previous, end: token.end, newText: '' }] : undefined;
  };
  const withoutImports = masked.replace(/^[ \t]*import\b[^\n]*$/gm, '');
  for (const token of view.strings) {
    if (token.interpolated) continue;
    const id = lintId(token.value);
    if (!id) continue;
    let how: string | undefined;
    let edits: TextEdit[] | undefined;
    let open = enclosingOpen(code, token.start);
    // Step out of a Java array initializer `{…}`, a Kotlin array literal `[…]` or `listOf(…)`.
    for (let hop = 0; hop < 2 && open > 0; hop++) {
      const before = masked.slice(Math.max(0, open - 80), open);
      if (masked[open] === '(' && ANNOTATION.test(before)) {
        how = `\`@${/Suppress(?:Lint|Warnings)/.exec(before)![0]}("${id}")\``;
        if (!gradle) edits = annotationEdits(open - before.length + ANNOTATION.exec(before)!.index, open, token);
        break;
      }
      if (gradle && masked[open] === '(' && GRADLE_DISABLE.test(before)) {
        how = `Gradle \`disable("${id}")\``;
        break;
      }
      if (masked[open] === '{' || masked[open] === '[' || (masked[open] === '(' && COLLECTION.test(before)) || /\bvalue\s*=\s*$/.test(before)) {
        open = enclosingOpen(code, open);
        continue;
      }
      break;
    }
    if (!how && gradle) {
      // Groovy `disable 'A', 'B'` and Kotlin DSL `disable += "A"` on one line.
      const lineStart = masked.lastIndexOf('\n', token.start) + 1;
      if (GRADLE_DISABLE_LINE.test(masked.slice(lineStart, token.start))) how = `Gradle \`disable "${id}"\``;
    }
    if (!how) continue;
    context.report({
      start: token.start,
      end: token.end,
      severity: TLS_CHECKS[id].severity,
      message: message(id, how),
      fixes: edits ? removalFix(id, edits, withoutImports) : undefined,
    });
  }
  // `//noinspection TrustAllX509TrustManager` (also `AndroidLintTrustAllX509TrustManager`).
  for (const comment of view.comments) {
    const text = view.text.slice(comment.start, comment.end);
    const m = /noinspection\s+([\w ,]{1,400})/.exec(text);
    if (!m) continue;
    let at = comment.start + m.index + m[0].length - m[1].length;
    const parts = m[1].split(/([ ,]+)/);
    const words = parts.filter((p) => /\w/.test(p)).length;
    for (const part of parts) {
      const id = lintId(part);
      if (id) {
        const edits = words === 1 && !gradle ? [commentRemoval(context.text, comment)] : listItemRemoval(context.text, { start: at, end: at + part.length }, comment.end, /[ ,]/);
        context.report({
          start: at,
          end: at + part.length,
          severity: TLS_CHECKS[id].severity,
          message: message(id, `\`//noinspection ${id}\``),
          fixes: edits ? removalFix(id, edits, withoutImports) : undefined,
        });
      }
      at += part.length;
    }
  }
}

/** Deletes a comment with its line when it is alone on it, else with the spaces before it. */
function commentRemoval(text: string, comment: { start: number; end: number }): TextEdit {
  const lines = wholeLinesRange(text, comment.start, comment.end);
  if (lines.start !== comment.start || lines.end !== comment.end) return { ...lines, newText: '' };
  let start = comment.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: comment.end, newText: '' };
}

/** Deletes one item of a separated list (`A, B`, `A B`) with the separator after it, or before it when it is the last. */
function listItemRemoval(text: string, item: { start: number; end: number }, limit: number, separator: RegExp, lower = 0): TextEdit[] | undefined {
  let after = item.end;
  while (after < limit && separator.test(text[after])) after++;
  if (after > item.end && after < limit && !/[\r\n]/.test(text.slice(item.end, after))) return [{ start: item.start, end: after, newText: '' }];
  let before = item.start;
  while (before > lower && separator.test(text[before - 1])) before--;
  return before < item.start ? [{ start: before, end: item.end, newText: '' }] : undefined;
}

/** The `tools:ignore` id at [start, end): the attribute when it names only this id, else the id and a comma. */
function ignoreEdits(text: string, attr: XmlAttribute, item: { start: number; end: number }): TextEdit[] | undefined {
  if (text.slice(attr.valueStart, attr.valueEnd).split(',').filter((p) => p.trim()).length === 1) return [attributeRemoval(text, attr)];
  return listItemRemoval(text, item, attr.valueEnd, /[ ,\t]/, attr.valueStart);
}

function detectXml(context: RuleContext): void {
  const root = context.xmlRoot();
  if (!root) return;
  const visit = (element: XmlElement, depth: number): void => {
    for (const attr of element.attributes) {
      if (!/(?:^|:)ignore$/.test(attr.name) || attr.name === 'ignore') continue;
      let at = attr.valueStart;
      const raw = context.text.slice(attr.valueStart, attr.valueEnd);
      for (const part of raw.split(/(,)/)) {
        const id = lintId(part);
        if (id) {
          const start = at + part.length - part.trimStart().length;
          const edits = ignoreEdits(context.text, attr, { start, end: start + part.trim().length });
          context.report({
            start,
            end: start + id.length,
            severity: TLS_CHECKS[id].severity,
            message: message(id, `\`${attr.name}="${id}"\``),
            fixes: edits ? removalFix(id, edits, context.text) : undefined,
          });
        }
        at += part.length;
      }
    }
    if (depth < 64) for (const child of element.children) visit(child, depth + 1);
  };
  visit(root, 0);
  if (root.name === 'lint') {
    for (const issue of descendants(root, 'issue')) {
      const idAttr = attribute(issue, 'id');
      const id = idAttr && lintId(idAttr.value);
      if (!idAttr || !id || attribute(issue, 'severity')?.value.trim() !== 'ignore') continue;
      context.report({
        start: idAttr.valueStart,
        end: idAttr.valueEnd,
        severity: TLS_CHECKS[id].severity,
        message: message(id, `lint.xml \`<issue id="${id}" severity="ignore">\``),
        fixes: removalFix(id, [elementRemoval(context.text, issue)], '', true),
      });
    }
  }
}

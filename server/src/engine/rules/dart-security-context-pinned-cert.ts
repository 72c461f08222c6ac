import type { Fix, TextEdit } from '../findings';
import type { Rule } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { enclosingOpen, resolvedStrings } from './support/callbacks';
import { escapeRegExp, matchingBracket, previousNonSpace, splitArguments, type Span } from './support/code-syntax';
import { removeCode } from './support/code-fixes/removal';
import { enclosingListItem } from './support/code-fixes/list-items';
import { startsStatement } from './support/code-fixes/statements';
import { dartMigrationFix } from './support/dart-approov';
import { cascadeSectionEnd, dartStatementEnd } from './support/dart-edits';

const CERT_FILE = /\.(?:pem|crt|cer|der|p7b|p12|pfx)$/i;
const CALL = /\.(setTrustedCertificates(?:Bytes)?)\s*\(/g;

/**
 * A `SecurityContext(withTrustedRoots: false)` that trusts only a certificate shipped with the app
 * (`setTrustedCertificatesBytes` / `setTrustedCertificates`): a pinned certificate.
 */
export const dartSecurityContextPinnedCert: Rule = {
  meta: {
    id: 'dart-security-context-pinned-cert',
    title: 'Flutter SecurityContext pinned to a certificate bundled in the app',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['dart'],
    keywords: ['setTrustedCertificates'],
    fixable: true,
    docs: [
      'Flags `setTrustedCertificatesBytes(…)` / `setTrustedCertificates(…)` on a dart:io `SecurityContext` in a file that creates the context with `withTrustedRoots: false`, so the app trusts only the certificate it ships (an asset loaded with `rootBundle.load`, a file, or PEM text in the code). Adding a certificate to the default context (`withTrustedRoots` left true) is not pinning and is not flagged.',
      '',
      '**Why it matters.** The trusted certificate is frozen into the app. When the server certificate (or the CA certificate that was bundled) is renewed, revoked or replaced, every installed copy that has not updated fails all TLS connections to that host until users update. A bundled certificate also expires on a fixed date that the app cannot move.',
      '',
      '**What to do.** Use dynamic pinning: replace `HttpClient(context: …)` with `ApproovHttpClient()` (package `approov_service_flutter_httpclient`) and delete the bundled certificate and the SecurityContext code. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** When the context is only used to build `HttpClient(context: …)` clients in the same block, it turns them into `ApproovHttpClient()`, deletes the context and its `setTrustedCertificates…` calls together with the locals, private constants and imports only they used (the loaded certificate bytes, the asset path, `dart:typed_data`, `rootBundle`), migrates the file\'s other plain clients, and adds the import. A context that is returned, stored, given a client certificate or used by an `HttpOverrides` gets no fix. Delete the bundled certificate asset afterwards.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    if (!/\bwithTrustedRoots\s*:\s*false\b/.test(masked)) return;
    CALL.lastIndex = 0;
    for (let m = CALL.exec(masked); m; m = CALL.exec(masked)) {
      const start = m.index + 1;
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      if (close === -1) continue;
      const args = splitArguments(masked, open, close);
      if (args.length === 0) continue;
      context.report({
        start,
        end: start + m[1].length,
        message:
          `The SecurityContext trusts only ${describeCertificate(view, args[0], m.index)}, not the system roots: this pins the app to a certificate shipped in it. ` +
          'When that certificate is renewed or replaced, every installed app that has not updated fails to connect. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovHttpClient) instead of a bundled certificate.',
        fixes: migrationFix(view, m.index),
      });
    }
  },
};

function describeCertificate(view: CodeView, arg: { start: number; end: number }, at: number): string {
  const direct = resolvedStrings(view, arg);
  if (direct.some((s) => s.value.includes('BEGIN CERTIFICATE'))) return 'a certificate embedded in the code';
  const file = direct.find((s) => CERT_FILE.test(s.value));
  if (file) return `\`${file.value}\``;
  let nearest: string | undefined;
  for (const token of view.strings) {
    if (token.start > at) break;
    if (CERT_FILE.test(token.value)) nearest = token.value;
  }
  return nearest ? `\`${nearest}\`` : 'the certificate given to it';
}

const TRUST_CALL = /^(?:setTrustedCertificates|setTrustedCertificatesBytes)$/;
const TITLE = 'Use ApproovHttpClient (dynamic pinning) and remove the pinned SecurityContext';

/** The fix for the `setTrustedCertificates…` call whose `.` is at `dot`, or none when the shape is not understood. */
function migrationFix(view: CodeView, dot: number): Fix[] {
  const edits = view.masked[dot - 1] === '.' ? cascadeContextEdits(view, dot - 1) : statementContextEdits(view, dot);
  const fix = edits && dartMigrationFix(view, TITLE, edits);
  return fix ? [fix] : [];
}

interface ContextExpression {
  /** `SecurityContext(withTrustedRoots: false)` with its `..setTrusted…` sections. */
  start: number;
  end: number;
}

/** `SecurityContext(withTrustedRoots: false)..setTrustedCertificatesBytes(…)`, with `dots` at one of its sections. */
function cascadeContextEdits(view: CodeView, dots: number): TextEdit[] | undefined {
  const masked = view.masked;
  const ctor = /\bSecurityContext\s*\(\s*withTrustedRoots\s*:\s*false\s*,?\s*\)/g;
  ctor.lastIndex = Math.max(0, dots - 4000);
  let expression: ContextExpression | undefined;
  for (let m = ctor.exec(masked); m && m.index < dots; m = ctor.exec(masked)) {
    const sections = trustSectionsAfter(masked, m.index + m[0].length);
    if (sections && sections.dots.includes(dots)) expression = { start: m.index, end: sections.end };
  }
  if (!expression) return undefined;
  const client = clientWithContext(view, expression);
  if (client) return [{ start: client.start, end: client.end, newText: 'ApproovHttpClient()' }];
  return declaredContextEdits(view, expression);
}

/** The `..setTrusted…(…)` sections right after a constructor call; undefined when other sections are there. */
function trustSectionsAfter(masked: string, from: number): { dots: number[]; end: number } | undefined {
  const dots: number[] = [];
  let at = from;
  for (let n = 0; n < 20; n++) {
    let p = at;
    while (p < masked.length && /\s/.test(masked[p])) p++;
    if (!(masked[p] === '.' && masked[p + 1] === '.' && masked[p + 2] !== '.')) break;
    const name = /^\.\.\s*(\w+)\s*\(/.exec(masked.slice(p, p + 80));
    if (!name || !TRUST_CALL.test(name[1])) return undefined;
    const section = cascadeSectionEnd(masked, p);
    if (!section) return undefined;
    dots.push(p);
    at = section.end;
    if (section.next === 'end') break;
  }
  return dots.length ? { dots, end: at } : undefined;
}

/** `HttpClient(context: <expression>)` whose only argument is the expression at [start, end). */
function clientWithContext(view: CodeView, expression: Span): Span | undefined {
  const masked = view.masked;
  const item = enclosingListItem(view, expression.start);
  if (!item || item.items.length !== 1 || masked[item.open] !== '(') return undefined;
  const label = /^context\s*:\s*$/.exec(masked.slice(item.item.start, expression.start));
  if (!label || item.item.end !== expression.end) return undefined;
  const callee = /(?<![\w$.])(?:new\s+)?HttpClient\s*$/.exec(masked.slice(Math.max(0, item.open - 40), item.open));
  if (!callee) return undefined;
  return { start: item.open - callee[0].length, end: item.close + 1 };
}

/** `ctx.setTrustedCertificatesBytes(…);` where `ctx` is declared as a pinned SecurityContext. */
function statementContextEdits(view: CodeView, dot: number): TextEdit[] | undefined {
  const masked = view.masked;
  const receiver = /([A-Za-z_]\w*)\s*$/.exec(masked.slice(Math.max(0, dot - 80), dot));
  if (!receiver) return undefined;
  const declaration = new RegExp(`(?<![\\w$.])${escapeRegExp(receiver[1])}\\s*=\\s*(SecurityContext\\s*\\(\\s*withTrustedRoots\\s*:\\s*false\\s*,?\\s*\\))`, 'g');
  let expression: ContextExpression | undefined;
  declaration.lastIndex = Math.max(0, dot - 4000);
  for (let m = declaration.exec(masked); m && m.index < dot; m = declaration.exec(masked)) {
    const start = m.index + m[0].length - m[1].length;
    const sections = trustSectionsAfter(masked, m.index + m[0].length);
    expression = { start, end: sections ? sections.end : m.index + m[0].length };
  }
  return expression ? declaredContextEdits(view, expression) : undefined;
}

/**
 * `final ctx = <expression>;` and every use of `ctx` in its block: `ctx.setTrusted…(…);` statements go,
 * `HttpClient(context: ctx)` becomes `ApproovHttpClient()`. Any other use means no fix.
 */
function declaredContextEdits(view: CodeView, expression: ContextExpression): TextEdit[] | undefined {
  const { masked, text } = view;
  const lineStart = masked.lastIndexOf('\n', expression.start - 1) + 1;
  if (expression.start - lineStart > 200) return undefined;
  const head = /^\s*(?:final|var|late\s+final|(?:final\s+)?SecurityContext\??)\s+([A-Za-z_]\w*)\s*=\s*$/.exec(masked.slice(lineStart, expression.start));
  if (!head) return undefined;
  const name = head[1];
  const declarationStart = lineStart + head[0].length - head[0].trimStart().length;
  let end = expression.end;
  while (end < masked.length && /\s/.test(masked[end])) end++;
  if (masked[end] !== ';' || !startsStatement(view, 'dart', declarationStart)) return undefined;
  const block = enclosingOpen(view, declarationStart);
  if (block < 0 || masked[block] !== '{') return undefined;
  const blockEnd = matchingBracket(masked, block);
  if (blockEnd < 0) return undefined;

  const edits: TextEdit[] = [removeCode(text, masked, declarationStart, end + 1, { attachedComments: true })];
  let clients = 0;
  const use = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`, 'g');
  use.lastIndex = end + 1;
  for (let m = use.exec(masked); m && m.index < blockEnd; m = use.exec(masked)) {
    const after = masked.slice(m.index + name.length, m.index + name.length + 80);
    if (/^\s*:(?!:)/.test(after)) continue; // a named argument's label, `context: ctx`
    const call = /^\s*\.\s*(\w+)\s*\(/.exec(after);
    if (call && TRUST_CALL.test(call[1])) {
      const statementEnd = dartStatementEnd(masked, m.index);
      const open = m.index + name.length + call[0].length - 1;
      const close = matchingBracket(masked, open);
      if (statementEnd < 0 || close < 0 || masked.slice(close + 1, statementEnd - 1).trim() !== '' || !startsStatement(view, 'dart', m.index)) return undefined;
      edits.push(removeCode(text, masked, m.index, statementEnd, { attachedComments: true }));
      use.lastIndex = statementEnd;
      continue;
    }
    const client = clientWithContext(view, { start: m.index, end: m.index + name.length });
    if (!client) return undefined;
    edits.push({ start: client.start, end: client.end, newText: 'ApproovHttpClient()' });
    clients++;
    use.lastIndex = client.end;
  }
  return clients > 0 && previousNonSpace(masked, declarationStart) >= 0 ? edits : undefined;
}

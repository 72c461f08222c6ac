import type { Fix, TextEdit } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { matchingBracket, previousNonSpace, skipSpace } from './support/code-syntax';
import { listItems } from './support/code-fixes/list-items';
import { aloneInBlock, codeLine, nextCodeLine, previousCodeLine, statementLine, type CodeLine } from './support/code-fixes/python-lines';
import { mergeEdits, removeCode } from './support/code-fixes/removal';
import { PYTHON_SSL_IMPORT, staleImportEdits } from './support/code-fixes/stale-imports';

const UNVERIFIED = /\b_create_unverified_context\b/g;
const CERT_NONE = /\bCERT_NONE\b/g;

/** `ssl._create_unverified_context()` and `CERT_NONE` given as `verify_mode` / `cert_reqs`. */
export const pythonUnverifiedSslContext: Rule = {
  meta: {
    id: 'python-unverified-ssl-context',
    title: 'Python SSL context that does not verify certificates',
    category: 'tls',
    severity: 'error',
    fileKinds: ['python'],
    keywords: ['_create_unverified_context', 'CERT_NONE', 'cert_reqs'],
    fixable: true,
    aliases: ['B323', 'B501'],
    docs: [
      'Flags `ssl._create_unverified_context` (called, or installed with `ssl._create_default_https_context = ssl._create_unverified_context`) and `ssl.CERT_NONE` (or `\'CERT_NONE\'`, or urllib3\'s short `cert_reqs=\'NONE\'`) assigned to `verify_mode` or passed as `cert_reqs` / in `sslopt` dictionaries. Comparisons such as `if ctx.verify_mode == ssl.CERT_NONE:` are not flagged.',
      '',
      '**Why it matters.** An unverified context accepts any certificate for any host, so anyone on the network path can read and change the traffic (man-in-the-middle). Replacing the default HTTPS context turns verification off for every urllib request of the process.',
      '',
      '**What to do.** Use `ssl.create_default_context()` (optionally with `cafile=` for a private CA) and keep `verify_mode = ssl.CERT_REQUIRED`.',
      '',
      '**Quick fix.** `ssl._create_unverified_context(…)` becomes `ssl.create_default_context(…)` (when its arguments are only `cafile`, `capath`, `cadata` or `purpose`); the line `ssl._create_default_https_context = ssl._create_unverified_context`, and the common `try: … except AttributeError: pass else: …` form of it, are deleted (with `import ssl` when nothing else uses it); `ssl.CERT_NONE`, `\'CERT_NONE\'` and urllib3\'s `\'NONE\'` become `CERT_REQUIRED`. An unqualified name or a client certificate argument gets no fix.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    UNVERIFIED.lastIndex = 0;
    for (let m = UNVERIFIED.exec(masked); m; m = UNVERIFIED.exec(masked)) {
      if (/\bdef\s+$/.test(masked.slice(Math.max(0, m.index - 10), m.index))) continue;
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        fixes: unverifiedContextFixes(view, m.index),
        message:
          '`ssl._create_unverified_context` makes an SSL context that accepts any certificate for any host: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Use ssl.create_default_context() instead.',
      });
    }
    const report = (start: number, end: number, fixes: Fix[]): void =>
      context.report({
        start,
        end,
        fixes,
        message:
          '`CERT_NONE` turns off certificate verification for this connection: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Use ssl.CERT_REQUIRED (the default of ssl.create_default_context()).',
      });
    CERT_NONE.lastIndex = 0;
    for (let m = CERT_NONE.exec(masked); m; m = CERT_NONE.exec(masked)) {
      let before = previousNonSpace(masked, m.index);
      if (masked[before] === '.') before = previousNonSpace(masked, before - /\w*$/.exec(masked.slice(Math.max(0, before - 40), before))![0].length);
      if (!isAssignment(masked, before)) continue;
      const qualified = masked[previousNonSpace(masked, m.index)] === '.';
      report(m.index, m.index + m[0].length, qualified ? requiredFix([{ start: m.index, end: m.index + m[0].length, newText: 'CERT_REQUIRED' }]) : []);
    }
    for (const token of view.strings) {
      if (!isStringCertNone(masked, token) || !isAssignment(masked, previousNonSpace(masked, token.start))) continue;
      report(token.start, token.end, requiredFix([{ start: token.valueStart, end: token.valueEnd, newText: 'CERT_REQUIRED' }]));
    }
  },
};

/**
 * `'CERT_NONE'` anywhere it is assigned, and urllib3's short form `'NONE'` when it is the value of
 * `cert_reqs` (urllib3 accepts both names; `'NONE'` alone is too common a string to flag elsewhere).
 */
function isStringCertNone(masked: string, token: { value: string; start: number }): boolean {
  if (token.value === 'CERT_NONE') return true;
  if (token.value !== 'NONE') return false;
  const operator = previousNonSpace(masked, token.start);
  return /\bcert_reqs\s*$/.test(masked.slice(Math.max(0, operator - 40), operator));
}

/** Whether the operator ending at `at` assigns a value (`=`, `:`) rather than comparing (`==`, `!=`). */
function isAssignment(masked: string, at: number): boolean {
  if (at < 0) return false;
  if (masked[at] === ':') return true;
  return masked[at] === '=' && !'=!<>'.includes(masked[at - 1] ?? '');
}

function requiredFix(edits: TextEdit[]): Fix[] {
  return [{ title: 'Require certificate verification (CERT_REQUIRED)', preferred: true, edits }];
}

const CONTEXT_ARGUMENTS = /^(?:cafile|capath|cadata|purpose)\s*=/;

/** Fixes for `_create_unverified_context` at `at`: a call becomes `ssl.create_default_context`, the global override goes. */
function unverifiedContextFixes(view: CodeView, at: number): Fix[] {
  const { text, masked } = view;
  const end = at + '_create_unverified_context'.length;
  const dot = previousNonSpace(masked, at);
  if (masked[dot] !== '.' || !/\bssl\s*$/.test(masked.slice(Math.max(0, dot - 10), dot))) return [];
  const open = skipSpace(masked, end);
  if (masked[open] === '(') {
    const close = matchingBracket(masked, open);
    if (close < 0 || !listItems(masked, open, close).every((a) => CONTEXT_ARGUMENTS.test(masked.slice(a.start, a.end)))) return [];
    return [{ title: 'Use ssl.create_default_context() (verifies certificates)', preferred: true, edits: [{ start: at, end, newText: 'create_default_context' }] }];
  }
  const line = codeLine(text, masked, at, -1);
  if (!line) return [];
  const removal = defaultContextOverride(view, line) ?? tryElseOverride(view, line);
  const edits = removal && mergeEdits([removal, ...staleImportEdits(view, PYTHON_SSL_IMPORT, [removal], 'hash')]);
  return edits ? [{ title: 'Remove the unverified default HTTPS context (default certificate validation)', preferred: true, edits }] : [];
}

const OVERRIDE = /^ssl\s*\.\s*_create_default_https_context\s*=\s*(ssl\s*\.\s*_create_unverified_context|[A-Za-z_]\w*)$/;

/** `ssl._create_default_https_context = ssl._create_unverified_context` on its own line. */
function defaultContextOverride(view: CodeView, line: CodeLine): TextEdit | undefined {
  const m = OVERRIDE.exec(line.code);
  if (!m || !m[1].startsWith('ssl')) return undefined;
  const start = line.start + line.indent;
  const statement = statementLine(view.text, view.masked, start, line.start + line.indent + line.code.length);
  if (!statement || aloneInBlock(view.text, view.masked, statement)) return undefined;
  return removeCode(view.text, view.masked, start, start + line.code.length, { attachedComments: true, comments: 'hash' });
}

/**
 * The widespread form:
 *   try:
 *       _create_unverified_https_context = ssl._create_unverified_context
 *   except AttributeError:
 *       pass
 *   else:
 *       ssl._create_default_https_context = _create_unverified_https_context
 */
function tryElseOverride(view: CodeView, line: CodeLine): TextEdit | undefined {
  const { text, masked } = view;
  const alias = /^([A-Za-z_]\w*)\s*=\s*ssl\s*\.\s*_create_unverified_context$/.exec(line.code)?.[1];
  const header = alias ? previousCodeLine(text, masked, line) : undefined;
  if (!alias || !header || header.code !== 'try:' || header.indent >= line.indent) return undefined;
  const handler = nextCodeLine(text, masked, line);
  if (!handler || handler.indent !== header.indent || !/^except\s*\(?\s*AttributeError\s*\)?\s*:$/.test(handler.code)) return undefined;
  let cursor = nextCodeLine(text, masked, handler);
  while (cursor && cursor.indent > header.indent && cursor.code === 'pass') cursor = nextCodeLine(text, masked, cursor);
  if (!cursor || cursor.indent !== header.indent || cursor.code !== 'else:') return undefined;
  const assignment = nextCodeLine(text, masked, cursor);
  const override = assignment && OVERRIDE.exec(assignment.code);
  if (!assignment || !override || override[1] !== alias || assignment.indent <= header.indent) return undefined;
  const after = nextCodeLine(text, masked, assignment);
  if (after && after.indent > header.indent) return undefined;
  if (aloneInBlock(text, masked, header, assignment)) return undefined;
  return removeCode(text, masked, header.start + header.indent, assignment.end, { attachedComments: true, comments: 'hash' });
}

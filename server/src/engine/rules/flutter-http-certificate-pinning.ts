import type { Fix, TextEdit } from '../findings';
import { importEdit } from '../fixes/imports';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingOpen, resolvedStrings, valueEnd } from './support/callbacks';
import { matchingBracket, previousNonSpace, splitArguments, type Span } from './support/code-syntax';
import { removeCode } from './support/code-fixes/removal';
import { expressionStatement, memberChainStart } from './support/code-fixes/statements';
import { dartMigrationFix } from './support/dart-approov';
import { cascadeSectionEnd, dartStatementEnd } from './support/dart-edits';
import { hostOf, pinsWithRanges } from './support/fingerprints';
import { pinCount } from './support/pins';
import { valueSites, valueStrings } from './support/value-sites';

const POSITIONAL = /\b(CertificatePinningInterceptor|SecureHttpClient\s*\.\s*build)\s*\(/g;

/**
 * Fingerprints hardcoded for `http_certificate_pinning` / `ssl_pinning_plugin`:
 * `HttpCertificatePinning.check(allowedSHAFingerprints: […])`, `CertificatePinningInterceptor(…)`,
 * `SecureHttpClient.build([…])`.
 */
export const flutterHttpCertificatePinning: Rule = {
  meta: {
    id: 'flutter-http-certificate-pinning',
    title: 'Certificate fingerprints hardcoded for http_certificate_pinning',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['dart'],
    keywords: ['allowedSHAFingerprints', 'CertificatePinningInterceptor', 'SecureHttpClient'],
    fixable: true,
    docs: [
      'Flags calls of the `http_certificate_pinning` (and `ssl_pinning_plugin`) packages whose allowed fingerprints are written in the app: `HttpCertificatePinning.check(serverURL: …, sha: SHA.SHA256, allowedSHAFingerprints: […])`, `CertificatePinningInterceptor(allowedSHAFingerprints: […])` for dio and `SecureHttpClient.build([…])`, inline or through constants.',
      '',
      '**Why it matters.** These packages pin the SHA-1/SHA-256 fingerprint of the server\'s leaf certificate, which changes at every renewal (every few months with most CAs). Fingerprints compiled into the app can only change with a release, so each renewal breaks every installed copy that has not updated. They are also easy to find and patch out of the binary.',
      '',
      '**What to do.** Use dynamic pinning: send requests through `ApproovClient()` / `ApproovHttpClient()` (package `approov_service_flutter_httpclient`) and remove the pinning package and its fingerprints. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** `dio.interceptors.add(CertificatePinningInterceptor(…))` (statement or cascade) becomes `dio.httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())` (dio 4 files: `DefaultHttpClientAdapter()..onHttpClientCreate = …`); `SecureHttpClient.build(…)` becomes `ApproovClient()` where the file uses no `SecureHttpClient` type; an `await HttpCertificatePinning.check(…);` statement is deleted. The file\'s plain clients are migrated, the package import goes with its last use, and the SDK import is added. A check whose result is used gets no fix.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const seenCalls = new Set<number>();
    const report = (start: number, end: number, callOpen: number, values: Span): void => {
      if (seenCalls.has(callOpen)) return;
      const tokens = valueStrings(view, values);
      const callClose = callOpen >= 0 ? matchingBracket(masked, callOpen) : -1;
      const args = callClose > 0 ? splitArguments(masked, callOpen, callClose) : [];
      const shaArg = args.find((a) => /^sha\s*:/.test(masked.slice(a.start, a.end)));
      const hint = shaArg && /SHA1\b/.test(masked.slice(shaArg.start, shaArg.end)) ? 'sha1' : undefined;
      const { pins, pinRanges } = pinsWithRanges(tokens, hint);
      if (pins.length === 0) return;
      seenCalls.add(callOpen);
      const urlArg = args.find((a) => /^serverURL\s*:/.test(masked.slice(a.start, a.end)));
      const url = urlArg ? resolvedStrings(view, { start: masked.indexOf(':', urlArg.start) + 1, end: urlArg.end })[0] : undefined;
      const host = url ? hostOf(url.value) : undefined;
      context.report({
        start,
        end,
        pins,
        pinRanges,
        ...(host ? { host } : {}),
        message:
          `Certificate fingerprints${host ? ` for \`${host}\`` : ''} are hardcoded for http_certificate_pinning (${pinCount(pins)}). ` +
          'They change at every certificate renewal, and every installed app that has not updated then fails to connect; anyone can read them from the binary. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovClient / ApproovHttpClient).',
        fixes: migrationFixes(view, start, callOpen),
      });
    };

    for (const site of valueSites(view, ['allowedSHAFingerprints'])) {
      if (site.operator !== ':') continue;
      const open = enclosingOpen(view, site.nameStart);
      const callee = open > 0 ? /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*$/.exec(masked.slice(Math.max(0, open - 120), open)) : null;
      const start = callee ? open - callee[0].length : site.nameStart;
      const end = callee ? start + callee[1].length : site.nameEnd;
      report(start, end, open, { start: site.valueStart, end: valueEnd(masked, site.valueStart) });
    }
    POSITIONAL.lastIndex = 0;
    for (let m = POSITIONAL.exec(masked); m; m = POSITIONAL.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      if (close === -1) continue;
      const first = splitArguments(masked, open, close)[0];
      if (!first || /^\w+\s*:/.test(masked.slice(first.start, first.end))) continue;
      report(m.index, m.index + m[1].length, open, first);
    }
  },
};

const PACKAGE_IMPORT = /^[ \t]*import[ \t]+(['"])package:(?:http_certificate_pinning\/http_certificate_pinning|ssl_pinning_plugin\/ssl_pinning_plugin)\.dart\1[^\n;]*;/gm;
const PACKAGE_SYMBOLS = /\b(?:HttpCertificatePinning|CertificatePinningInterceptor|SecureHttpClient|SslPinningPlugin|SHA)\b/g;
const DIO4_IMPORT = /['"]package:dio\/adapter\.dart['"]/;

function migrationFixes(view: CodeView, calleeStart: number, callOpen: number): Fix[] {
  const masked = view.masked;
  const callClose = callOpen >= 0 ? matchingBracket(masked, callOpen) : -1;
  if (callClose < 0) return [];
  const callee = masked.slice(calleeStart, callOpen).replace(/\s+/g, '');
  let core: TextEdit[] | undefined;
  let title: string;
  if (/(?:^|\.)check$/.test(callee)) {
    const statement = expressionStatement(view, 'dart', calleeStart, callClose + 1);
    core = statement && [removeCode(view.text, masked, statement.start, statement.end, { attachedComments: true })];
    title = 'Remove the fingerprint check and use ApproovClient (dynamic pinning)';
  } else if (callee === 'CertificatePinningInterceptor') {
    core = interceptorEdits(view, calleeStart, callClose);
    title = 'Use an ApproovHttpClient adapter (dynamic pinning) instead of CertificatePinningInterceptor';
  } else if (/^SecureHttpClient\.build$/.test(callee)) {
    const typeUses = (masked.match(/\bSecureHttpClient\b/g) ?? []).length;
    const builds = (masked.match(/\bSecureHttpClient\s*\.\s*build\s*\(/g) ?? []).length;
    core = typeUses === builds ? [{ start: calleeStart, end: callClose + 1, newText: 'ApproovClient()' }] : undefined;
    title = 'Use ApproovClient (dynamic pinning) instead of SecureHttpClient';
  } else return [];
  if (!core) return [];
  const fix = dartMigrationFix(view, title, [...core, ...packageImportEdits(view, core)]);
  return fix ? [fix] : [];
}

/**
 * `dio.interceptors.add(CertificatePinningInterceptor(…));` or the cascade section
 * `..interceptors.add(CertificatePinningInterceptor(…))`, rewritten to give dio an adapter whose
 * client is an ApproovHttpClient.
 */
function interceptorEdits(view: CodeView, calleeStart: number, callClose: number): TextEdit[] | undefined {
  const masked = view.masked;
  const addOpen = enclosingOpen(view, calleeStart);
  if (addOpen < 0 || masked[addOpen] !== '(') return undefined;
  const addClose = matchingBracket(masked, addOpen);
  if (addClose < 0 || masked.slice(addOpen + 1, calleeStart).trim() !== '' || masked.slice(callClose + 1, addClose).trim().replace(/^,$/, '') !== '') return undefined;
  const add = /\binterceptors\s*\.\s*add\s*$/.exec(masked.slice(Math.max(0, addOpen - 40), addOpen));
  if (!add) return undefined;
  const interceptorsStart = addOpen - add[0].length;
  // An adapter the file sets up already (a proxy, a timeout) would be replaced; one giving dio an
  // ApproovHttpClient (an earlier fix of this file) is what this fix writes anyway.
  const adapters = /\bhttpClientAdapter\s*=(?!=)([^;]{0,300})/g;
  for (let m = adapters.exec(masked); m; m = adapters.exec(masked)) if (!/\bApproovHttpClient\b/.test(m[1])) return undefined;
  const dio4 = DIO4_IMPORT.test(view.text);
  const before = previousNonSpace(masked, interceptorsStart);
  const extra: TextEdit[] = [];
  if (!dio4) {
    const io = importEdit(view.text, masked, 'dart', { from: 'package:dio/io.dart' });
    if (io) extra.push(io);
  }
  if (masked[before] === '.' && masked[before - 1] === '.') {
    const dots = before - 1;
    const section = cascadeSectionEnd(masked, dots);
    if (!section || section.end !== addClose + 1) return undefined;
    const adapter = dio4 ? '(DefaultHttpClientAdapter()..onHttpClientCreate = (client) => ApproovHttpClient())' : 'IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())';
    return [{ start: interceptorsStart, end: addClose + 1, newText: `httpClientAdapter = ${adapter}` }, ...extra];
  }
  if (masked[before] !== '.') return undefined;
  const receiverStart = memberChainStart(view, interceptorsStart);
  const end = dartStatementEnd(masked, addClose + 1);
  if (receiverStart === interceptorsStart || end !== addClose + 2 || !expressionStatement(view, 'dart', receiverStart, addClose + 1)) return undefined;
  const receiver = view.text.slice(receiverStart, before);
  const adapter = dio4 ? 'DefaultHttpClientAdapter()..onHttpClientCreate = (client) => ApproovHttpClient()' : 'IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())';
  return [{ start: receiverStart, end: addClose + 1, newText: `${receiver}.httpClientAdapter = ${adapter}` }, ...extra];
}

/**
 * The package import goes with the fix that removes its last use. While other uses remain, an empty
 * edit at the import makes fixes of the same file overlap, so fix-all applies them one per pass and
 * the last one sees that nothing else uses the package.
 */
function packageImportEdits(view: CodeView, core: readonly TextEdit[]): TextEdit[] {
  PACKAGE_IMPORT.lastIndex = 0;
  const found = PACKAGE_IMPORT.exec(view.text);
  if (!found || !view.masked.startsWith('import', found.index + found[0].indexOf('import'))) return [];
  const start = found.index + found[0].indexOf('import');
  const end = found.index + found[0].length;
  PACKAGE_SYMBOLS.lastIndex = 0;
  for (let m = PACKAGE_SYMBOLS.exec(view.masked); m; m = PACKAGE_SYMBOLS.exec(view.masked)) {
    if (!core.some((e) => e.start <= m!.index && m!.index < e.end)) return [{ start, end: start, newText: '' }];
  }
  return [removeCode(view.text, view.masked, start, end)];
}

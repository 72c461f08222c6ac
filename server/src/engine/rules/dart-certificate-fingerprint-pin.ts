import type { Fix, TextEdit } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingOpens, functionValue } from './support/callbacks';
import { matchingBracket, skipSpace } from './support/code-syntax';
import { listItemRemovals, listItems } from './support/code-fixes/list-items';
import { dartMigrationFix } from './support/dart-approov';
import { dartCertificateCallbacks, type DartCallback } from './support/dart-callbacks';
import { removeDartSetting } from './support/dart-edits';
import { pinsWithRanges } from './support/fingerprints';
import { pinCount } from './support/pins';

/** A dart:io / dio certificate callback that compares the certificate with a fingerprint written in the app. */
export const dartCertificateFingerprintPin: Rule = {
  meta: {
    id: 'dart-certificate-fingerprint-pin',
    title: 'Certificate fingerprint hardcoded in a Dart certificate callback',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['dart'],
    keywords: ['badCertificateCallback', 'onBadCertificate', 'validateCertificate'],
    fixable: true,
    docs: [
      'Flags a dio `validateCertificate`, a dart:io `badCertificateCallback` or a `SecureSocket` `onBadCertificate` callback that compares the server certificate (its SHA-1/SHA-256 fingerprint, DER bytes or PEM) with a literal or constant written in the app.',
      '',
      '**Why it matters.** The fingerprint is compiled into the app and can only change with a release. When the server certificate is renewed (every few months with most CAs) or replaced after a compromise, every installed copy that has not updated fails all requests to that host. The fingerprint is also easy to find and patch out of the binary.',
      '',
      '**What to do.** Use dynamic pinning: replace the adapter\'s client with `ApproovHttpClient()` (package `approov_service_flutter_httpclient`), e.g. `IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())`, and delete the fingerprint check. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** dio 5: rewrites the `IOHttpClientAdapter(…)` arguments to `createHttpClient: () => ApproovHttpClient()` (dropping `validateCertificate`); dio 4: replaces the `onHttpClientCreate` function with `(client) => ApproovHttpClient()`; dart:io: deletes the callback of an `HttpClient()` the file creates and turns that client into `ApproovHttpClient()`. Private fingerprint constants and imports (`package:crypto`) left unused go too, the file\'s other plain clients are migrated and the import is added. `SecureSocket` callbacks and other shapes get no fix.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const callback of dartCertificateCallbacks(view)) {
      if (!callback.compared) continue;
      const { pins, pinRanges } = pinsWithRanges(callback.compared.tokens);
      const { site } = callback;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        pins,
        pinRanges,
        message:
          `\`${site.name}\` compares the server certificate with a fingerprint hardcoded in the app${pins.length ? ` (${pinCount(pins)})` : ''}. ` +
          'When the certificate is renewed or rotated, every installed app that has not updated fails to connect, and the fingerprint can be read from the binary. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovHttpClient).',
        fixes: migrationFixes(view, callback),
      });
    }
  },
};

const ADAPTER = /\b(?:IOHttpClientAdapter|DefaultHttpClientAdapter)\s*$/;
const ADAPTER_ARGUMENTS = new Set(['createHttpClient', 'validateCertificate', 'onHttpClientCreate']);
const APPROOV_FACTORY = '() => ApproovHttpClient()';
const CLIENT_CERTIFICATE = /\b(?:useCertificateChain|usePrivateKey)(?:Bytes)?\s*\(/;

function migrationFixes(view: CodeView, callback: DartCallback): Fix[] {
  const edits = dio5AdapterEdits(view, callback) ?? dio4FactoryEdits(view, callback) ?? ioClientEdits(view, callback);
  // A client certificate (mutual TLS) set up in the replaced code would be lost.
  if (edits?.some((e) => CLIENT_CERTIFICATE.test(view.masked.slice(e.start, e.end)))) return [];
  const fix = edits && dartMigrationFix(view, 'Use ApproovHttpClient (dynamic pinning) and remove the fingerprint check', edits);
  return fix ? [fix] : [];
}

/** dio 5 `IOHttpClientAdapter(createHttpClient: …, validateCertificate: …)` → `IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())`. */
function dio5AdapterEdits(view: CodeView, callback: DartCallback): TextEdit[] | undefined {
  const masked = view.masked;
  const open = enclosingOpens(view, callback.site.nameStart).find((o) => masked[o] === '(' && ADAPTER.test(masked.slice(Math.max(0, o - 40), o)));
  if (open === undefined) return undefined;
  const close = matchingBracket(masked, open);
  if (close < 0) return undefined;
  const items = listItems(masked, open, close);
  const names = items.map((item) => /^(\w+)\s*:/.exec(masked.slice(item.start, item.end))?.[1]);
  if (names.some((n) => !n || !ADAPTER_ARGUMENTS.has(n))) return undefined;
  const keep = Math.max(0, names.indexOf('createHttpClient'));
  const kept = items[keep];
  const edits: TextEdit[] = listItemRemovals(view.text, masked, open, close, new Set(items.map((_, i) => i).filter((i) => i !== keep)));
  if (names[keep] === 'createHttpClient') {
    const valueStart = skipSpace(masked, masked.indexOf(':', kept.start) + 1);
    edits.push({ start: valueStart, end: kept.end, newText: APPROOV_FACTORY });
  } else {
    edits.push({ start: kept.start, end: kept.end, newText: `createHttpClient: ${APPROOV_FACTORY}` });
  }
  return edits;
}

const DIO4_FACTORY = /\bonHttpClientCreate\s*=(?!=)/g;

/** dio 4 `adapter.onHttpClientCreate = (client) { … pinning … };` → `(client) => ApproovHttpClient()`. */
function dio4FactoryEdits(view: CodeView, callback: DartCallback): TextEdit[] | undefined {
  const masked = view.masked;
  const site = callback.site.nameStart;
  DIO4_FACTORY.lastIndex = Math.max(0, site - 4000);
  for (let m = DIO4_FACTORY.exec(masked); m && m.index < site; m = DIO4_FACTORY.exec(masked)) {
    const valueStart = skipSpace(masked, m.index + m[0].length);
    const body = functionValue(view, valueStart);
    if (!body || body.start > site || site >= body.end || masked[valueStart] !== '(') continue;
    return [{ start: valueStart, end: body.end, newText: '(client) => ApproovHttpClient()' }];
  }
  return undefined;
}

/** A dart:io callback on an `HttpClient()` the file creates: remove it; the client becomes an ApproovHttpClient. */
function ioClientEdits(view: CodeView, callback: DartCallback): TextEdit[] | undefined {
  const { site } = callback;
  if (site.name !== 'badCertificateCallback') return undefined;
  const removal = removeDartSetting(view, site.nameStart, site.operator);
  if (!removal || removal.shape === 'argument' || !createsPlainClient(view, removal.removed.start, removal.shape)) return undefined;
  return removal.edits;
}

/**
 * Whether the callback at `start` is set on a plain `HttpClient()` (or one an earlier fix of the file
 * already made an `ApproovHttpClient()`): the cascade target, or the variable it was assigned to.
 */
function createsPlainClient(view: CodeView, start: number, shape: 'cascade' | 'statement'): boolean {
  const masked = view.masked;
  if (shape === 'cascade') {
    const plain = /(?<![\w$.])(?:new\s+)?(?:Approov)?HttpClient\s*\(\s*\)/g;
    plain.lastIndex = Math.max(0, start - 2000);
    let last = -1;
    for (let m = plain.exec(masked); m && m.index < start; m = plain.exec(masked)) last = m.index + m[0].length;
    // Only cascade sections may come between the client and this section.
    const between = last >= 0 ? masked.slice(last, start) : ';';
    return !/[;{}]/.test(between) && (between.trim() === '' || between.trim().startsWith('..'));
  }
  const receiver = /^([A-Za-z_]\w*)\s*\./.exec(masked.slice(start, start + 80));
  if (!receiver) return false;
  const declaration = new RegExp(`(?:final|var|HttpClient\\??)\\s+${receiver[1]}\\s*=\\s*(?:new\\s+)?(?:Approov)?HttpClient\\s*\\(\\s*\\)\\s*;`, 'g');
  declaration.lastIndex = Math.max(0, start - 4000);
  const found = declaration.exec(masked);
  return found !== null && found.index < start;
}

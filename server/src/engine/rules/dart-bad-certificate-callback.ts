import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingOpens, isDebugOnly } from './support/callbacks';
import { mergeEdits } from './support/code-fixes/removal';
import { orphanedDeclarationRemovals } from './support/code-fixes/orphaned-declarations';
import { dartMigrationFix, plainClientMigrations } from './support/dart-approov';
import { dartCertificateCallbacks, isDioPinningFactory, type DartCallback } from './support/dart-callbacks';
import { removeDartSetting } from './support/dart-edits';

const HTTP_OVERRIDES_CLASS = /\bclass\s+\w+(?:\s*<[^<>{}]{0,80}>)?\s+extends\s+HttpOverrides\b[^{}]*$/;

/**
 * A dart:io `badCertificateCallback` (or `SecureSocket` `onBadCertificate`) that returns `true`
 * unconditionally, in cascades, assignments, `HttpOverrides` subclasses and dio adapters.
 */
export const dartBadCertificateCallback: Rule = {
  meta: {
    id: 'dart-bad-certificate-callback',
    title: 'Dart badCertificateCallback that accepts every certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['dart'],
    keywords: ['badCertificateCallback', 'onBadCertificate'],
    fixable: true,
    docs: [
      'Flags a `badCertificateCallback` of a dart:io `HttpClient` (or the `onBadCertificate` of `SecureSocket.connect`) that returns `true` on every path: `(cert, host, port) => true`, `{ return true; }`, or a named function that does the same. Includes callbacks set in `HttpOverrides.createHttpClient` (which apply to every `HttpClient` of the app) and in dio adapters. Callbacks that compare the certificate or the host, code under `if (kDebugMode)`, and the trust-all factory of dio\'s pinning recipe (a `createHttpClient` paired with a `validateCertificate` that checks a fingerprint) are not flagged. A dio `validateCertificate` that returns `true` is not flagged either: dio calls it only after the platform (and `badCertificateCallback`) accepted the chain, so `true` keeps the default behaviour.',
      '',
      '**Why it matters.** Dart calls `badCertificateCallback` only when the certificate chain failed validation; returning `true` accepts it anyway. Any self-signed or attacker-issued certificate is then trusted, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change the traffic. Such callbacks are often added for a test server and shipped by mistake.',
      '',
      '**What to do.** Delete the callback so the platform\'s validation applies. To trust a development CA, guard it with `kDebugMode`. To pin, use dynamic pinning: `ApproovHttpClient()` (package `approov_service_flutter_httpclient`) instead of `HttpClient()`.',
      '',
      '**Quick fix.** Deletes the setting (the cascade section, the assignment statement or the `onBadCertificate:` argument) and a callback constant only it used; a second fix also turns the file\'s plain `HttpClient()` / `http.Client()` into `ApproovHttpClient()` / `ApproovClient()` and adds the import. Callbacks set through other shapes get no fix.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const callbacks = dartCertificateCallbacks(view);
    for (const callback of callbacks) {
      const { site } = callback;
      if (site.name === 'validateCertificate' || !callback.trustsAll) continue;
      if (isDebugOnly(view, site.nameStart, 'dart') || isDioPinningFactory(view, callback, callbacks)) continue;
      const global = enclosingOpens(view, site.nameStart).some(
        (open) => view.masked[open] === '{' && HTTP_OVERRIDES_CLASS.test(view.masked.slice(Math.max(0, open - 200), open)),
      );
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          `\`${site.name}\` always returns true, so ${global ? 'every HttpClient the app creates (through HttpOverrides)' : 'this connection'} accepts any certificate, including one an attacker made for the host (man-in-the-middle). ` +
          'Remove the callback to restore default validation, or pin with dynamic pinning (ApproovHttpClient).',
        fixes: removalFixes(view, callback),
      });
    }
  },
};

function removalFixes(view: CodeView, callback: DartCallback): Fix[] {
  const { site } = callback;
  const removal = removeDartSetting(view, site.nameStart, site.operator);
  if (!removal) return [];
  const core = [...removal.edits, ...orphanedDeclarationRemovals(view, 'dart', [removal.removed])];
  const edits = mergeEdits(core);
  if (!edits) return [];
  const fixes: Fix[] = [{ title: `Remove the ${site.name} (default certificate validation)`, preferred: true, edits }];
  if (plainClientMigrations(view, [removal.removed]).length > 0) {
    const migration = dartMigrationFix(view, `Remove the ${site.name} and use ApproovHttpClient (dynamic pinning)`, removal.edits, { preferred: false });
    if (migration) fixes.push(migration);
  }
  return fixes;
}

/** The certificate callbacks of dart:io and dio, shared by the Dart tls and pin rules. */
import type { CodeView } from '../../lexer/code-view';
import { alwaysReturnsTrue, comparedFingerprints, enclosingOpen, functionValue, type ComparedFingerprints, type FunctionBody } from './callbacks';
import { matchingBracket } from './code-syntax';
import { valueSites, type ValueSite } from './value-sites';

/** `HttpClient.badCertificateCallback`, `SecureSocket.connect(onBadCertificate:)`, dio `validateCertificate`. */
export const DART_CERTIFICATE_CALLBACKS = ['badCertificateCallback', 'onBadCertificate', 'validateCertificate'] as const;

export interface DartCallback {
  site: ValueSite;
  body: FunctionBody;
  trustsAll: boolean;
  compared?: ComparedFingerprints;
}

export function dartCertificateCallbacks(view: CodeView): DartCallback[] {
  const callbacks: DartCallback[] = [];
  for (const site of valueSites(view, DART_CERTIFICATE_CALLBACKS)) {
    if (site.operator === '+=') continue;
    const body = functionValue(view, site.valueStart);
    if (!body) continue;
    const compared = comparedFingerprints(view, body);
    callbacks.push({ site, body, trustsAll: !compared && alwaysReturnsTrue(view.masked, body), compared });
  }
  return callbacks;
}

const FACTORY = /\b(?:createHttpClient|onHttpClientCreate)\s*(?::|=)/g;

/**
 * Whether a trust-all `badCertificateCallback` is the first half of dio's documented pinning
 * recipe: it sits in the `createHttpClient` (dio 5) or `onHttpClientCreate` (dio 4) factory of an
 * adapter whose `validateCertificate` compares the certificate with a fingerprint. dio calls
 * `validateCertificate` on every connection, so the server's identity is still checked.
 */
export function isDioPinningFactory(view: CodeView, callback: DartCallback, all: readonly DartCallback[]): boolean {
  if (callback.site.name !== 'badCertificateCallback') return false;
  const pinning = all.filter((c) => c.site.name === 'validateCertificate' && c.compared);
  if (pinning.length === 0) return false;
  const masked = view.masked;
  const site = callback.site.nameStart;
  // The factory whose function value contains the callback.
  const from = Math.max(0, site - 4000);
  FACTORY.lastIndex = from;
  let factory: { start: number; value: number } | undefined;
  for (let m = FACTORY.exec(masked); m && m.index < site; m = FACTORY.exec(masked)) {
    const body = functionValue(view, m.index + m[0].length);
    if (body && body.start <= site && site < body.end) factory = { start: m.index, value: body.start };
  }
  if (!factory) return false;
  // The adapter: the call (dio 5 named argument) or block (dio 4 cascade/assignments) around the factory.
  const scope = enclosingOpen(view, factory.start);
  const scopeEnd = scope >= 0 ? matchingBracket(masked, scope) : masked.length;
  return pinning.some((c) => c.site.nameStart > scope && c.site.nameStart < scopeEnd);
}

import type { Rule } from '../rule';
import { enclosingOpen, resolvedStrings, valueEnd } from './support/callbacks';
import { matchingBracket, splitArguments, type Span } from './support/code-syntax';
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
    fixable: false,
    docs: [
      'Flags calls of the `http_certificate_pinning` (and `ssl_pinning_plugin`) packages whose allowed fingerprints are written in the app: `HttpCertificatePinning.check(serverURL: …, sha: SHA.SHA256, allowedSHAFingerprints: […])`, `CertificatePinningInterceptor(allowedSHAFingerprints: […])` for dio and `SecureHttpClient.build([…])`, inline or through constants.',
      '',
      '**Why it matters.** These packages pin the SHA-1/SHA-256 fingerprint of the server\'s leaf certificate, which changes at every renewal (every few months with most CAs). Fingerprints compiled into the app can only change with a release, so each renewal breaks every installed copy that has not updated. They are also easy to find and patch out of the binary.',
      '',
      '**What to do.** Use dynamic pinning: send requests through `ApproovClient()` / `ApproovHttpClient()` (package `approov_service_flutter_httpclient`) and remove the pinning package and its fingerprints. Pins then come from the SDK and can be rotated without a release.',
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

import type { Fix, TextEdit } from '../findings';
import type { Rule } from '../rule';
import type { CodeView, StringToken } from '../lexer/code-view';
import { enclosingOpen, resolvedStrings, valueEnd } from './support/callbacks';
import { matchingBracket, splitArguments } from './support/code-syntax';
import { hostOf } from './support/fingerprints';
import { parseOkHttpPin, pinCount } from './support/pins';
import { GLOBAL_FETCH_DOCS, globalFetchMigration } from './support/react-native-global-fetch';
import { resolveLeadingInterpolation, valueSites, valueStrings, wordAt, type ValueSite } from './support/value-sites';

/**
 * `react-native-ssl-pinning` (and `react-native-pinch`) request options that pin to certificates
 * bundled with the app (`sslPinning: { certs: ['mycert'] }`) or to public-key hashes
 * (`pkPinning: true` with `certs: ['sha256/…']`).
 */
export const reactNativeSslPinning: Rule = {
  meta: {
    id: 'react-native-ssl-pinning',
    title: 'Certificates or public-key pins hardcoded for react-native-ssl-pinning',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['sslPinning'],
    fixable: true,
    docs: [
      'Flags the `sslPinning: { certs: [...] }` option of `fetch` from `react-native-ssl-pinning` (and `cert:` of `react-native-pinch`) when its values are written in the app: names of certificates bundled in the app (`.cer` files in the Android assets and the iOS bundle) or, with `pkPinning: true`, `sha256/…` public-key hashes.',
      '',
      '**Why it matters.** Bundled certificates and pins can only change with an app release. When the server certificate or key rotates, or a bundled certificate expires, every installed copy that has not updated fails every request through this `fetch`. Requests made with this package also bypass React Native\'s own networking stack, so app-wide protections do not apply to them.',
      '',
      '**What to do.** Use dynamic pinning: install `@approov/approov-service-react-native`, wrap the app in `<ApproovProvider config="…">`, send the requests with the global `fetch`/axios, then remove `react-native-ssl-pinning` and the bundled certificates.',
      '',
      `**Quick fix.** Moves the whole file to the global \`fetch\`: every call of the package's \`fetch\` loses \`sslPinning\`, \`pkPinning\` and \`disableAllSecurity\`, an aliased import name becomes \`fetch\`, the import goes (other names it brings, such as \`getCookies\`, stay), and constants only the options used are deleted. ${GLOBAL_FETCH_DOCS}`,
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    let pkPinningSites: ValueSite[] | undefined;
    for (const site of valueSites(view, ['sslPinning'], { quoted: true })) {
      if (site.operator !== ':' || masked[site.valueStart] !== '{') continue;
      const close = matchingBracket(masked, site.valueStart);
      if (close === -1) continue;
      const tokens: StringToken[] = [];
      for (const arg of splitArguments(masked, site.valueStart, close)) {
        const key = /^['"]?(certs|cert)['"]?\s*:/.exec(masked.slice(arg.start, arg.end)) ?? /^['"]?(certs|cert)['"]?\s*:/.exec(view.text.slice(arg.start, arg.end));
        if (!key) continue;
        tokens.push(...valueStrings(view, { start: arg.start + key[0].length, end: arg.end }));
      }
      const values = tokens.map((t) => t.value);
      if (values.length === 0) continue;
      // The options object: `pkPinning: true` and the URL of the enclosing fetch call.
      const options = enclosingOpen(view, site.nameStart);
      const optionsEnd = options >= 0 ? matchingBracket(masked, options) : -1;
      pkPinningSites ??= valueSites(view, ['pkPinning']);
      const pkPinning = optionsEnd > 0 && pkPinningSites.some((s) => s.nameStart > options && s.nameStart < optionsEnd && wordAt(masked, s.valueStart) === 'true');
      const pinTokens = pkPinning ? tokens.filter((t) => parseOkHttpPin(t.value) !== undefined) : [];
      const pins = pinTokens.map((t) => parseOkHttpPin(t.value)!);
      const host = hostOfEnclosingCall(view, options);
      const what = pins.length
        ? `Public-key pins${host ? ` for \`${host}\`` : ''} are hardcoded for react-native-ssl-pinning (${pinCount(pins)})`
        : `Requests${host ? ` to \`${host}\`` : ''} are pinned to certificates bundled in the app (${values.map((v) => `\`${v}\``).join(', ')})`;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        ...(host ? { host } : {}),
        ...(pins.length ? { pins, pinRanges: pinTokens.map((t) => ({ start: t.valueStart, end: t.valueEnd })) } : {}),
        message:
          `${what}. When the server certificate or key rotates, every installed app that has not updated fails these requests, and the pins can be read from the app bundle. ` +
          'Deliver pins at runtime with dynamic pinning (ApproovProvider from @approov/approov-service-react-native) and use the global fetch.',
        fixes: fixesFor(globalFetchMigration(view, site.nameStart)),
      });
    }
  },
};

/** The host of the first argument of the call whose second argument is the object at `objectOpen`. */
function hostOfEnclosingCall(view: CodeView, objectOpen: number): string | undefined {
  if (objectOpen < 0) return undefined;
  const masked = view.masked;
  const callOpen = enclosingOpen(view, objectOpen);
  if (callOpen < 0 || masked[callOpen] !== '(') return undefined;
  const first = { start: callOpen + 1, end: valueEnd(masked, callOpen + 1) };
  if (first.end >= objectOpen) return undefined;
  const url = resolvedStrings(view, first)[0] ?? view.stringsIn(first.start, first.end)[0];
  return url ? hostOf(resolveLeadingInterpolation(view, url).replace(/\$\{[^}]{0,200}\}/g, "/")) : undefined;
}

function fixesFor(edits: TextEdit[] | undefined): Fix[] {
  return edits?.length ? [{ title: 'Use the global fetch (dynamic pinning through ApproovProvider) instead of react-native-ssl-pinning in this file', preferred: true, edits }] : [];
}

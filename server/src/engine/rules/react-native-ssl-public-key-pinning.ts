import type { Report, Rule, TextRange } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { previousNonSpace } from './support/code-syntax';
import { enclosingOpen, extendToBlock, valueEnd } from './support/callbacks';
import { readFingerprint } from './support/fingerprints';
import { pinCount } from './support/pins';
import { valueSites, valueStrings, type ValueSite } from './support/value-sites';

/** Per-host `publicKeyHashes` of `react-native-ssl-public-key-pinning`'s `initializeSslPinning({...})`. */
export const reactNativeSslPublicKeyPinning: Rule = {
  meta: {
    id: 'react-native-ssl-public-key-pinning',
    title: 'Public-key pins hardcoded for react-native-ssl-public-key-pinning',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['javascript', 'typescript'],
    keywords: ['publicKeyHashes'],
    fixable: false,
    docs: [
      'Flags each host of an `initializeSslPinning({ "host": { publicKeyHashes: [...] } })` configuration (`react-native-ssl-public-key-pinning`, built on TrustKit and OkHttp) whose hashes are written in the app, inline or in a configuration object kept in another module.',
      '',
      '**Why it matters.** The pins are compiled into the JavaScript bundle. When the server key rotates (planned, or after a compromise), every installed copy that has not updated fails every request to that host; an `expirationDate` only turns pinning off later. The pins are also readable by anyone who unpacks the bundle.',
      '',
      '**What to do.** Use dynamic pinning: install `@approov/approov-service-react-native`, wrap the app in `<ApproovProvider config="…">`, and remove the `initializeSslPinning` call. Pins then come from the SDK and can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const dates = valueSites(view, ['expirationDate'], { quoted: true });
    for (const site of valueSites(view, ['publicKeyHashes'], { quoted: true })) {
      if (site.operator !== ':') continue;
      const span = extendToBlock(masked, { start: site.valueStart, end: valueEnd(masked, site.valueStart) });
      const pins: string[] = [];
      const pinRanges: TextRange[] = [];
      for (const token of valueStrings(view, span)) {
        const fingerprint = readFingerprint(token.value.startsWith('sha256/') ? token.value : `sha256/${token.value}`);
        if (fingerprint?.pin && readFingerprint(token.value) !== undefined && !pins.includes(fingerprint.pin)) {
          pins.push(fingerprint.pin);
          pinRanges.push({ start: token.valueStart, end: token.valueEnd });
        }
      }
      if (pins.length === 0) continue;
      const policy = enclosingOpen(view, site.nameStart);
      const host = hostKey(view, policy);
      context.report({
        start: host?.start ?? site.nameStart,
        end: host?.end ?? site.nameEnd,
        pins,
        pinRanges,
        expiration: expirationDate(view, dates, policy),
        ...(host ? { host: host.name } : {}),
        message:
          `Public-key pins${host ? ` for \`${host.name}\`` : ''} are hardcoded for react-native-ssl-public-key-pinning (${pinCount(pins)}). ` +
          'When the server key rotates, every installed app that has not updated fails to connect, and anyone can read the pins from the bundle. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovProvider from @approov/approov-service-react-native).',
      });
    }
  },
};

/**
 * The `expirationDate: 'yyyy-MM-dd'` of the host policy object opened at `open`: its string and
 * range, null when the policy sets none, undefined when it is not a string literal (a variable).
 */
function expirationDate(view: CodeView, dates: readonly ValueSite[], open: number): Report['expiration'] {
  if (open < 0) return undefined;
  for (const site of dates) {
    if (site.operator !== ':' || enclosingOpen(view, site.nameStart) !== open) continue;
    const literal = view.stringAt(site.valueStart);
    return literal && !literal.interpolated ? { value: literal.value, start: literal.valueStart, end: literal.valueEnd } : undefined;
  }
  return null;
}

/** The key of the property whose value is the object opened at `open`: `'api.example.com': {`. */
function hostKey(view: CodeView, open: number): { name: string; start: number; end: number } | undefined {
  if (open < 0 || view.masked[open] !== '{') return undefined;
  const colon = previousNonSpace(view.masked, open);
  if (view.masked[colon] !== ':') return undefined;
  const keyEnd = previousNonSpace(view.masked, colon) + 1;
  const quoted = view.strings.find((s) => s.end === keyEnd);
  if (quoted) return quoted.interpolated ? undefined : { name: quoted.value, start: quoted.start, end: quoted.end };
  const bare = /[A-Za-z_$][\w$]*$/.exec(view.masked.slice(Math.max(0, keyEnd - 100), keyEnd));
  if (bare) return { name: bare[0], start: keyEnd - bare[0].length, end: keyEnd };
  const computed = /\[\s*([A-Za-z_$][\w$.]*)\s*\]$/.exec(view.masked.slice(Math.max(0, keyEnd - 100), keyEnd));
  return computed ? { name: `[${computed[1]}]`, start: keyEnd - computed[0].length, end: keyEnd } : undefined;
}

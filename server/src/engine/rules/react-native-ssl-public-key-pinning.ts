import type { Fix, TextEdit } from '../findings';
import type { Report, Rule, TextRange } from '../rule';
import type { CodeView } from '../lexer/code-view';
import { escapeRegExp, matchingBracket, previousNonSpace, type Span } from './support/code-syntax';
import { esImportsOf, removeImportSpecifiers } from './support/code-fixes/js-imports';
import { listItems } from './support/code-fixes/list-items';
import { orphanedDeclarationRemovals } from './support/code-fixes/orphaned-declarations';
import { mergeEdits, removeCode } from './support/code-fixes/removal';
import { expressionStatement } from './support/code-fixes/statements';
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
    fixable: true,
    docs: [
      'Flags each host of an `initializeSslPinning({ "host": { publicKeyHashes: [...] } })` configuration (`react-native-ssl-public-key-pinning`, built on TrustKit and OkHttp) whose hashes are written in the app, inline or in a configuration object kept in another module.',
      '',
      '**Why it matters.** The pins are compiled into the JavaScript bundle. When the server key rotates (planned, or after a compromise), every installed copy that has not updated fails every request to that host; an `expirationDate` only turns pinning off later. The pins are also readable by anyone who unpacks the bundle.',
      '',
      '**What to do.** Use dynamic pinning: install `@approov/approov-service-react-native`, wrap the app in `<ApproovProvider config="…">`, and remove the `initializeSslPinning` call. Pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** Deletes the `[await] initializeSslPinning({…});` statement (also when its configuration is a constant of the same file, which then goes too) and the `initializeSslPinning` import. A call whose promise is chained, returned or assigned, or a configuration kept in another module, gets no fix. Afterwards wrap the app in `ApproovProvider` and uninstall the package.',
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
        fixes: removalFixes(view, policy),
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

const PACKAGE = 'react-native-ssl-public-key-pinning';

/** Removing the `initializeSslPinning({ host: policy, … })` statement that holds the policy opened at `policyOpen`. */
function removalFixes(view: CodeView, policyOpen: number): Fix[] {
  const masked = view.masked;
  const imports = esImportsOf(view, PACKAGE);
  const specifier = imports.length === 1 ? imports[0].specifiers.find((s) => s.imported === 'initializeSslPinning') : undefined;
  if (!specifier || policyOpen < 0) return [];
  const config = enclosingOpen(view, policyOpen);
  if (config < 0 || masked[config] !== '{') return [];
  const call = configCall(view, config, specifier.local);
  if (!call) return [];
  const statement = expressionStatement(view, 'js', call.start, call.end);
  if (!statement) return [];
  const removed: Span[] = [statement];
  const edits: TextEdit[] = [removeCode(view.text, masked, statement.start, statement.end, { attachedComments: true })];
  const use = new RegExp(`(?<![\\w$.])${escapeRegExp(specifier.local)}(?![\\w$])`, 'g');
  let otherUse = false;
  for (let m = use.exec(masked); m; m = use.exec(masked)) {
    if ((m.index < imports[0].start || m.index >= imports[0].end) && !(statement.start <= m.index && m.index < statement.end)) otherUse = true;
  }
  // While another call needs the import, an empty edit at it keeps fix-all from applying both fixes in one pass.
  edits.push(...(otherUse ? [{ start: imports[0].start, end: imports[0].start, newText: '' }] : removeImportSpecifiers(view, imports[0], ['initializeSslPinning'])));
  edits.push(...orphanedDeclarationRemovals(view, 'js', removed));
  const merged = mergeEdits(edits);
  return merged ? [{ title: 'Remove initializeSslPinning (dynamic pinning through ApproovProvider)', preferred: true, edits: merged }] : [];
}

/** The `initializeSslPinning(config)` call whose only argument is the object at `config`, directly or through a constant of this file. */
function configCall(view: CodeView, config: number, local: string): Span | undefined {
  const masked = view.masked;
  const callee = new RegExp(`(?<![\\w$.])${escapeRegExp(local)}\\s*$`);
  const open = enclosingOpen(view, config);
  const argumentOf = (open: number, start: number, end: number): Span | undefined => {
    const close = matchingBracket(masked, open);
    const args = close < 0 ? [] : listItems(masked, open, close);
    const name = callee.exec(masked.slice(Math.max(0, open - 80), open));
    if (!name || args.length !== 1 || args[0].start !== start || args[0].end !== end) return undefined;
    return { start: open - name[0].length, end: close + 1 };
  };
  const configEnd = matchingBracket(masked, config) + 1;
  if (open >= 0 && masked[open] === '(') return argumentOf(open, config, configEnd);
  // `const PINNING = { … };` … `initializeSslPinning(PINNING)`
  const declared = /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/.exec(masked.slice(Math.max(0, config - 120), config));
  if (!declared) return undefined;
  const call = new RegExp(`(?<![\\w$.])${escapeRegExp(local)}\\s*\\(\\s*${escapeRegExp(declared[1])}\\s*\\)`, 'g');
  const found = call.exec(masked);
  if (!found || call.exec(masked)) return undefined;
  const callOpen = masked.indexOf('(', found.index + local.length);
  const argStart = masked.indexOf(declared[1], callOpen);
  return argumentOf(callOpen, argStart, argStart + declared[1].length);
}

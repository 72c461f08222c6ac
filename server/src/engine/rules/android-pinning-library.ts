import type { Rule } from '../rule';
import type { CodeView, StringToken } from '../lexer/code-view';
import { argumentStrings, escapeRegExp, expressionEnd, matchingBracket, splitArguments, type Span } from './support/code-syntax';
import { hostOf, pinsWithRanges } from './support/fingerprints';
import { httpsUrlConnectionFix } from './support/android-pinning-migration';
import { closingOf, jvmCode } from './support/jvm-syntax';
import { pinCount } from './support/pins';

/** The AndroidPinning (moxie0) entry points: where the pins and the URL are in each argument list. */
const ENTRY_POINTS: Record<string, { pins: number; url?: number }> = {
  getPinnedHttpsURLConnection: { pins: 1, url: 2 },
  getPinnedHttpClient: { pins: 1 },
  PinningTrustManager: { pins: 1 },
  PinningSSLSocketFactory: { pins: 1 },
};

/** Calls per file that get a fix computed. */
const MAX_FIXES = 16;

/** Longest call looked at: real ones are a few lines, the cap keeps nested input linear. */
const MAX_CALL = 20_000;

const CALL = /\b(getPinnedHttpsURLConnection|getPinnedHttpClient|PinningTrustManager|PinningSSLSocketFactory)\s*\(/g;

/**
 * Pins hardcoded for Moxie Marlinspike's AndroidPinning library: `PinningHelper.getPinnedHttpsURLConnection(context, pins, url)`,
 * `PinningHelper.getPinnedHttpClient(context, pins)`, `new PinningTrustManager(SystemKeyStore.getInstance(context), pins, 0)`
 * and `new PinningSSLSocketFactory(context, pins, 0)`, with the pins (hex SHA-1 of the SubjectPublicKeyInfo) written in the file.
 */
export const androidPinningLibrary: Rule = {
  meta: {
    id: 'android-pinning-library',
    title: 'Certificate pins hardcoded for the AndroidPinning library',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['kotlin', 'java'],
    keywords: ['getPinnedHttpsURLConnection', 'getPinnedHttpClient', 'PinningTrustManager', 'PinningSSLSocketFactory'],
    fixable: true,
    docs: [
      "Flags calls of the AndroidPinning library (`org.thoughtcrime.ssl.pinning`) whose pins are written in the app: `PinningHelper.getPinnedHttpsURLConnection(context, pins, url)`, `PinningHelper.getPinnedHttpClient(context, pins)`, `new PinningTrustManager(SystemKeyStore.getInstance(context), pins, 0)` and `new PinningSSLSocketFactory(context, pins, 0)`, with the pins inline, in a `String[]`/`arrayOf` variable or a constant. The pins (hex SHA-1 hashes of the SubjectPublicKeyInfo) are reported in canonical `sha1/BASE64` form, with the host when the URL is written in the file, so pin-health checks (single pin, cross-platform) apply to them.",
      '',
      '**Why it matters.** Pins compiled into the APK can only change with an app update: when the server key rotates, every installed copy that has not updated fails every connection. The library is unmaintained, pins SHA-1 hashes, and its pins are readable by anyone who unpacks the APK.',
      '',
      '**What to do.** Replace the library with dynamic pinning: `ApproovService.addApproov(connection)` (HttpsURLConnection service layer) before the connection connects, or `ApproovService.getOkHttpClient()`, and delete the hardcoded pins. Pins then come from the SDK and can be rotated without a release.',
      '',
      "**Quick fix.** For `getPinnedHttpsURLConnection(context, pins, url)` held in a variable (`HttpsURLConnection c = …`, `val c = …`) or returned: opens the connection with `url.openConnection()` and calls `ApproovService.addApproov(c)` (`io.approov.service.httpsurlconn`) before the statement where it first connects (`connect()`, `getInputStream()`, `getResponseCode()`, … or their Kotlin properties), so headers set before still get the Approov token and substitutions; a returned connection is first held in a `connection` variable. `addApproov` throws `ApproovException`, an `IOException`, as the library call did, so Java callers still compile. Pin arrays and constants that nothing else reads and the `PinningHelper` import go. No fix for `getPinnedHttpClient` (Apache HttpClient, which the service layers do not cover), `PinningTrustManager` and `PinningSSLSocketFactory` (their trust managers and socket factories feed code the fix cannot see), or a call used inline (`getPinned…(…).getInputStream()`).",
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    let fixBudget = MAX_FIXES;
    CALL.lastIndex = 0;
    for (let m = CALL.exec(masked); m; m = CALL.exec(masked)) {
      // Declarations of the library's own classes are not uses.
      if (/\b(?:class|fun|void|public|private|protected)\s+$/.test(masked.slice(Math.max(0, m.index - 20), m.index))) continue;
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > MAX_CALL) continue;
      const args = splitArguments(masked, open, close);
      const entry = ENTRY_POINTS[m[1]];
      const pinsArg = args[entry.pins];
      if (!pinsArg) continue;
      const { pins, pinRanges } = pinsWithRanges(pinStrings(view, pinsArg), 'sha1');
      if (pins.length === 0) continue;
      const urlArg = entry.url === undefined ? undefined : args[entry.url];
      const host = urlArg && hostOfUrlArgument(view, urlArg);
      // Each fix costs a pass over the file; a file with more calls than the budget stays linear.
      const fix = m[1] === 'getPinnedHttpsURLConnection' && fixBudget-- > 0 ? httpsUrlConnectionFix({ view, code, language: context.kind === 'java' ? 'java' : 'kotlin' }, m.index, open, close) : undefined;
      context.report({
        ...(fix ? { fixes: [fix] } : {}),
        start: m.index,
        end: close + 1,
        ...(host ? { host } : {}),
        pins,
        pinRanges,
        message:
          `Certificate pins${host ? ` for \`${host}\`` : ''} are hardcoded for the AndroidPinning library (${pinCount(pins)}, SHA-1). ` +
          'When the server key rotates, every installed app that has not updated fails to connect, and anyone can read the pins from the APK. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovService.addApproov(connection) or ApproovService.getOkHttpClient()).',
      });
    }
  },
};

const ARRAY_OPENING = /^(?:(?:arrayOf|listOf|setOf|mutableListOf)\s*\(|new\s+String\s*\[\s*\]\s*\{|\{)/;

/** The strings of a pins argument; each element of an array literal is resolved on its own (`arrayOf(PIN_A, "…")`). */
function pinStrings(view: CodeView, arg: Span): StringToken[] {
  const masked = view.masked;
  const opening = ARRAY_OPENING.exec(masked.slice(arg.start, Math.min(arg.end, arg.start + 40)));
  if (!opening) return argumentStrings(view, arg);
  const open = arg.start + opening[0].length - 1;
  const close = matchingBracket(masked, open);
  if (close === -1 || close >= arg.end) return argumentStrings(view, arg);
  return splitArguments(masked, open, close).slice(0, 64).flatMap((element) => argumentStrings(view, element));
}

/** The host of a URL argument: a literal, `new URL("…")`, or a variable assigned one of these in the file. */
function hostOfUrlArgument(view: CodeView, arg: Span): string | undefined {
  let strings: StringToken[] = argumentStrings(view, arg);
  const name = /^[A-Za-z_$][\w$]*$/.exec(view.masked.slice(arg.start, arg.end).trim())?.[0];
  if (strings.length === 0 && name) {
    // `URL url = new URL("https://…")`: the nearest assignment before the call (any type name).
    const pattern = new RegExp(`\\b${escapeRegExp(name)}\\s*=(?!=)\\s*`, 'g');
    const before = view.masked.slice(0, arg.start);
    let assignment: RegExpExecArray | undefined;
    for (let m = pattern.exec(before); m; m = pattern.exec(before)) assignment = m;
    if (assignment) {
      const start = assignment.index + assignment[0].length;
      strings = view.stringsIn(start, expressionEnd(view.masked, start));
    }
  }
  for (const token of strings) {
    const host = hostOf(token.value);
    if (host) return host;
  }
  return undefined;
}

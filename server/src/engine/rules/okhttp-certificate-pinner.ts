import type { Rule, TextRange } from '../rule';
import type { StringToken } from '../lexer/code-view';
import { argumentStrings, spanText, splitArguments, type Span } from './support/code-syntax';
import { closingOf, jvmCode, loopIterable } from './support/jvm-syntax';
import { OkHttpFixes } from './support/okhttp-migration';
import { parseOkHttpPin, pinCount } from './support/pins';

/** Longest `add(…)` call looked at; a pin call is a few lines, the cap keeps nested input linear. */
const MAX_ADD_CALL = 20_000;

/** Hardcoded pins in OkHttp's `CertificatePinner.Builder().add(host, pins…)`, Kotlin and Java. */
export const okhttpCertificatePinner: Rule = {
  meta: {
    id: 'okhttp-certificate-pinner',
    title: 'Certificate pins hardcoded in an OkHttp CertificatePinner',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['kotlin', 'java'],
    keywords: ['CertificatePinner'],
    fixable: true,
    docs: [
      'Flags each `CertificatePinner.Builder().add(host, "sha256/…")` call whose pins are written in the app: inline, in constants (top level, `companion object`, `static final`), in `arrayOf`/`listOf`/`setOf`/`new String[]{…}` arrays (spread with `*` or `.toTypedArray()`), or iterated with `for` / `forEach`, in builder chains, `apply {}` blocks and builders held in a variable. Pins built at runtime (from an SDK, string templates) are not flagged.',
      '',
      '**Why it matters.** Pins compiled into the APK can only change with an app update. When the server certificate or key rotates (planned or after a compromise), every installed copy that has not updated fails every request to that host. The pins are also readable by anyone who unpacks the APK, which makes them easy to find and patch out.',
      '',
      '**What to do.** Deliver pins at runtime with dynamic pinning: drop the `CertificatePinner`, give the builder to `ApproovService.setOkHttpClientBuilder(builder)` and use `ApproovService.getOkHttpClient()`. The pins then come from the SDK and can be rotated without a release.',
      '',
      '**Quick fix.** Removes the `.certificatePinner(…)` call and hands the rest of the builder to `ApproovService.setOkHttpClientBuilder(…)` in a statement just before the client is needed; the client expression becomes `ApproovService.getOkHttpClient()` (`io.approov.service.okhttp`, import added). In a Kotlin property the client becomes `val client: OkHttpClient by lazy { … }` (built on first use, after the app has initialised the SDK); a Kotlin expression-bodied function gets a block body. When the client\'s only use is `Retrofit.Builder()….client(client)`, the Retrofit service layer builds both: `ApproovService.setOkHttpClientBuilder(…)` and `ApproovService.getRetrofit(<the Retrofit builder without .client(…)>)` (`io.approov.service.retrofit`). When a file has more than one pinned client, or already sets a builder, each gets a named builder (`setOkHttpClientBuilder("apiClient", …)` / `getOkHttpClient("apiClient")`) so they keep their own settings. The pinner (a chain written inline, a `val`/local, a Kotlin `by lazy` property, or a builder local filled by `add(…)` statements), constants that only it read and the `CertificatePinner` import go too.',
      '',
      'No fix is offered (the finding stays for a person to migrate) when the pinner builder is filled in a loop or a branch or in an `apply {}` block, returned by a function or injected, used for anything but `.certificatePinner(…)`, or visible outside the file (not `private`); when the client is a Java field or a Kotlin `var`/`@JvmField` property (a field would keep a client that may have been built before `ApproovService.initialize`); when a set-up statement cannot go right before the client (a branch without braces, a lambda expression, the middle of a condition); or when the file already imports another service layer\'s `ApproovService`. Add the pinned hosts to the SDK configuration (`approov api -add <host>`) and initialise the SDK in `Application.onCreate` before shipping.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const code = jvmCode(view);
    // Constants are resolved by name (their first declaration in the file), so a cache keyed by the
    // written argument is exact and keeps files with many add() calls linear.
    const resolved = new Map<string, StringToken[]>();
    const stringsOf = (arg: Span): StringToken[] => {
      const written = masked.slice(arg.start, arg.end);
      if (written.length > 200 || view.stringsIn(arg.start, arg.end).length > 0) return argumentStrings(view, arg);
      let tokens = resolved.get(written);
      if (!tokens) {
        tokens = argumentStrings(view, arg);
        resolved.set(written, tokens);
      }
      return tokens;
    };
    const language = context.kind === 'java' ? 'java' : 'kotlin';
    const fixes = new OkHttpFixes({ view, code, language });
    const call = /\badd\s*\(/g;
    for (let m = call.exec(masked); m; m = call.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > MAX_ADD_CALL) continue;
      const args = splitArguments(masked, open, close);
      if (args.length < 2) continue;
      const pins: string[] = [];
      const pinRanges: TextRange[] = [];
      for (const arg of args.slice(1)) {
        let tokens = stringsOf(arg);
        const name = /^[A-Za-z_$][\w$]*$/.exec(masked.slice(arg.start, arg.end))?.[0];
        if (tokens.length === 0 && name) {
          // A loop variable: `for (pin in PINS) builder.add(host, pin)`, `PINS.forEach { builder.add(host, it) }`.
          const iterable = loopIterable(code, name, arg.start);
          if (iterable) tokens = stringsOf(iterable);
        }
        for (const token of tokens) {
          const pin = parseOkHttpPin(token.value);
          if (pin) {
            pins.push(pin);
            pinRanges.push({ start: token.valueStart, end: token.valueEnd });
          }
        }
      }
      if (pins.length === 0) continue;
      const hostToken = stringsOf(args[0])[0];
      const host = hostToken ? hostToken.value : spanText(view, args[0]);
      const fix = fixes.fixFor(m.index);
      context.report({
        start: m.index,
        end: close + 1,
        host,
        pins,
        pinRanges,
        message:
          `Certificate pins for \`${host}\` are hardcoded in an OkHttp CertificatePinner (${pinCount(pins)}). ` +
          'When the server key rotates, every installed app that has not updated fails to connect, and anyone can read the pins from the APK. ' +
          'Deliver pins at runtime with dynamic pinning (ApproovService.getOkHttpClient()).',
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};

import type { Rule, TextRange } from '../rule';
import { argumentStrings, matchingBracket, spanText, splitArguments } from './support/code-syntax';
import { parseOkHttpPin, pinCount } from './support/pins';

/** Hardcoded pins in OkHttp's `CertificatePinner.Builder().add(host, pins…)`, Kotlin and Java. */
export const okhttpCertificatePinner: Rule = {
  meta: {
    id: 'okhttp-certificate-pinner',
    title: 'Certificate pins hardcoded in an OkHttp CertificatePinner',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['kotlin', 'java'],
    keywords: ['CertificatePinner'],
    fixable: false,
    docs: [
      'Flags each `CertificatePinner.Builder().add(host, "sha256/…")` call whose pins are written in the app, whether inline, in constants or in arrays.',
      '',
      '**Why it matters.** Pins compiled into the APK can only change with an app update. When the server certificate or key rotates (planned or after a compromise), every installed copy that has not updated fails every request to that host. The pins are also readable by anyone who unpacks the APK, which makes them easy to find and patch out.',
      '',
      '**What to do.** Deliver pins at runtime with dynamic pinning: drop the `CertificatePinner`, give the builder to `ApproovService.setOkHttpClientBuilder(builder)` and use `ApproovService.getOkHttpClient()`. The pins then come from the SDK and can be rotated without a release.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const call = /\badd\s*\(/g;
    for (let m = call.exec(masked); m; m = call.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      if (close === -1) continue;
      const args = splitArguments(masked, open, close);
      if (args.length < 2) continue;
      const pins: string[] = [];
      const pinRanges: TextRange[] = [];
      for (const arg of args.slice(1)) {
        for (const token of argumentStrings(view, arg)) {
          const pin = parseOkHttpPin(token.value);
          if (pin) {
            pins.push(pin);
            pinRanges.push({ start: token.valueStart, end: token.valueEnd });
          }
        }
      }
      if (pins.length === 0) continue;
      const hostToken = argumentStrings(view, args[0])[0];
      const host = hostToken ? hostToken.value : spanText(view, args[0]);
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
      });
    }
  },
};

import type { PinReport, Rule, RuleContext } from '../rule';
import { analyzePin, digestName, shortPin, type PinAnalysis } from './support/pin-values';

/** Pins that cannot match any key: not base64, hex instead of base64, wrong length, white space. */
export const pinMalformed: Rule = {
  meta: {
    id: 'pin-malformed',
    title: 'Pin is not the base64 of a SHA-256 (or SHA-1) digest',
    category: 'pin-health',
    severity: 'error',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'Checks every pin that a pin rule finds, on any platform: the value must be the base64 of a 32-byte SHA-256 digest (20 bytes for SHA-1). Flags hex digests written where base64 is expected (the message gives the base64 form), values that are not base64, values of the wrong length, empty pins and pins with white space inside.',
      '',
      '**Why it matters.** A malformed pin can never match a server key. Depending on the library the pin configuration is rejected as a whole (Android refuses to load the network security config; TrustKit and OkHttp throw when they parse it) or the pin silently never matches, so every connection to the host fails pinning — usually found only in production. Base64 with white space inside is accepted by Android and OkHttp but rejected by iOS decoders.',
      '',
      '**What to do.** Compute the pin again from the server key (`openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`) and write it as one base64 string. Better, deliver pins at runtime with dynamic pinning so a typo cannot ship in a release.',
    ].join('\n'),
  },
  detect() {
    // Runs on other rules' pin reports only (checkPins).
  },
  checkPins(reports, context) {
    for (const report of reports) {
      report.pins.forEach((pin, index) => {
        const analysis = analyzePin(pin);
        if (!analysis?.problem) return;
        const range = report.pinRanges?.[index] ?? report;
        context.report({
          start: range.start,
          end: range.end,
          host: report.host,
          pins: [pin],
          severity: analysis.problem.kind === 'whitespace' && !isAppleKind(context) ? 'info' : undefined,
          message: messageFor(analysis, report),
        });
      });
    }
  },
};

function isAppleKind(context: RuleContext): boolean {
  return context.kind === 'plist' || context.kind === 'swift' || context.kind === 'objc';
}

const NEVER_MATCHES = 'it can never match a server key, so the pin configuration is rejected or every connection to';

function messageFor(analysis: PinAnalysis, report: PinReport): string {
  const problem = analysis.problem!;
  const digest = digestName(analysis.algorithm);
  const pin = `\`${shortPin(`${analysis.algorithm}/${analysis.value.trim()}`)}\``;
  const host = `\`${report.host || 'the host'}\``;
  const fail = `${NEVER_MATCHES} ${host} fails pinning.`;
  switch (problem.kind) {
    case 'empty':
      return `The ${digest} pin for ${host} is empty: ${fail} Write the base64 ${digest} of the server's SubjectPublicKeyInfo, or use dynamic pinning.`;
    case 'hex':
      return (
        `The pin ${pin} for ${host} is a hex ${digest} digest where base64 is expected: ${fail} ` +
        `The same digest in base64 is \`${analysis.algorithm}/${problem.base64}\`; or deliver pins at runtime with dynamic pinning.`
      );
    case 'whitespace':
      return (
        `The pin ${pin} for ${host} has white space inside the base64 value. Android and OkHttp skip it, but iOS (NSPinnedDomains, TrustKit) rejects the pin, and tools that compare pins treat it as a different value. ` +
        `Write it as \`${analysis.algorithm}/${problem.compact}\`.`
      );
    case 'bad-character':
      return (
        `The pin ${pin} for ${host} is not base64 (\`${problem.character}\` at position ${problem.index + 1}): ${fail} ` +
        `Copy the pin again from the server key, or use dynamic pinning.`
      );
    case 'bad-padding':
      return `The pin ${pin} for ${host} is not valid base64 (wrong length or padding): ${fail} Copy the pin again from the server key, or use dynamic pinning.`;
    case 'wrong-length':
      return (
        `The pin ${pin} for ${host} decodes to ${problem.bytes} bytes, but a ${digest} pin is ${problem.expected} bytes: ${fail} ` +
        `Copy the pin again from the server key (a ${digest} pin is ${Math.ceil(problem.expected / 3) * 4} base64 characters), or use dynamic pinning.`
      );
  }
}

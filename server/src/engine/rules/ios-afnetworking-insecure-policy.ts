import type { Rule } from '../rule';
import { MAX_OCCURRENCES } from './support/apple-code';

/** `allowInvalidCertificates = YES` / `validatesDomainName = NO` in all the ways Objective-C and Swift write them. */
const SETTING =
  /\b(allowInvalidCertificates|validatesDomainName)\s*=(?!=)\s*([A-Za-z]+)\b|\bset(AllowInvalidCertificates|ValidatesDomainName)\s*:\s*([A-Za-z]+)\b/g;

const TRUE = new Set(['YES', 'true', 'TRUE']);
const FALSE = new Set(['NO', 'false', 'FALSE']);
/** The opposite boolean in the same spelling. */
const OPPOSITE: Record<string, string> = { YES: 'NO', NO: 'YES', true: 'false', false: 'true', TRUE: 'FALSE', FALSE: 'TRUE' };

/** AFNetworking `AFSecurityPolicy` that accepts invalid certificates or certificates for any host name. */
export const iosAfnetworkingInsecurePolicy: Rule = {
  meta: {
    id: 'ios-afnetworking-insecure-policy',
    title: 'AFNetworking security policy accepts invalid certificates',
    category: 'tls',
    severity: 'error',
    fileKinds: ['objc', 'swift'],
    keywords: ['allowInvalidCertificates', 'AllowInvalidCertificates', 'validatesDomainName', 'ValidatesDomainName'],
    fixable: true,
    docs: [
      'Flags `allowInvalidCertificates = YES` / `true` (error) and `validatesDomainName = NO` / `false` (warning) on an AFNetworking `AFSecurityPolicy`, in dot syntax, setter messages (`[policy setAllowInvalidCertificates:YES]`) and Swift.',
      '',
      '**Why it matters.** `allowInvalidCertificates` makes AFNetworking accept self-signed, expired and untrusted certificates; `validatesDomainName = NO` accepts a valid certificate issued for any other host name. Either way anyone on the network path can present their own certificate and read and change the traffic (man-in-the-middle).',
      '',
      '**What to do.** Use `[AFSecurityPolicy defaultPolicy]` (invalid certificates rejected, domain names validated). To trust a private CA in development, install its profile on the test device; to pin, use dynamic pinning.',
      '',
      '**Quick fix.** Writes the safe value in the same spelling: `allowInvalidCertificates = NO` / `false`, `validatesDomainName = YES` / `true` (setter messages too).',
    ].join('\n'),
  },
  detect(context) {
    const masked = context.code().masked;
    SETTING.lastIndex = 0;
    let seen = 0;
    for (let m = SETTING.exec(masked); m && seen < MAX_OCCURRENCES; m = SETTING.exec(masked), seen++) {
      const property = (m[1] ?? m[3]).replace(/^./, (c) => c.toLowerCase());
      const value = m[2] ?? m[4];
      const allowInvalid = property === 'allowInvalidCertificates';
      if (allowInvalid ? !TRUE.has(value) : !FALSE.has(value)) continue;
      const valueStart = m.index + m[0].length - value.length;
      const safe = OPPOSITE[value];
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        fixes: [{ title: `Set ${property} to ${safe}`, preferred: true, edits: [{ start: valueStart, end: valueStart + value.length, newText: safe }] }],
        severity: allowInvalid ? undefined : 'warning',
        message: allowInvalid
          ? 'allowInvalidCertificates is enabled: AFNetworking accepts self-signed, expired and untrusted certificates, so anyone on the network path can intercept and change the traffic (man-in-the-middle). Use the default security policy.'
          : 'validatesDomainName is disabled: AFNetworking accepts a valid certificate issued for any host name, so anyone with a certificate for their own domain can intercept the traffic (man-in-the-middle). Keep domain name validation on.',
      });
    }
  },
};

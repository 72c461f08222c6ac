import type { Rule } from '../rule';

const VARIANTS: Record<string, string> = {
  ALLOW_ALL_HOSTNAME_VERIFIER: "Apache HttpClient's `ALLOW_ALL_HOSTNAME_VERIFIER` (SSLSocketFactory, SSLConnectionSocketFactory)",
  AllowAllHostnameVerifier: "Apache HttpClient's `AllowAllHostnameVerifier`",
  NoopHostnameVerifier: "Apache HttpClient's `NoopHostnameVerifier`",
};

/** Library verifiers that skip host name verification: `ALLOW_ALL_HOSTNAME_VERIFIER`, `AllowAllHostnameVerifier`, `NoopHostnameVerifier`. */
export const allowAllHostnameVerifier: Rule = {
  meta: {
    id: 'allow-all-hostname-verifier',
    title: 'Host name verification turned off with an allow-all verifier',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: Object.keys(VARIANTS),
    fixable: false,
    aliases: ['AllowAllHostnameVerifier'],
    docs: [
      "Flags uses of Apache HttpClient's `SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER`, `AllowAllHostnameVerifier` and `NoopHostnameVerifier` (`new NoopHostnameVerifier()`, `NoopHostnameVerifier.INSTANCE`), in code, not in imports or comments.",
      '',
      '**Why it matters.** These verifiers accept a certificate issued for any host name. Any valid certificate for any domain (free from public CAs) then lets an attacker on the network path intercept and change the traffic.',
      '',
      "**What to do.** Use the default verifier (`SSLConnectionSocketFactory.getDefaultHostnameVerifier()`, or simply OkHttp / `HttpsURLConnection`, which verify host names), and fix the server certificate's names instead of turning the check off.",
    ].join('\n'),
  },
  detect(context) {
    const masked = context.code().masked;
    const use = /\b(?:ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier|NoopHostnameVerifier)\b/g;
    for (let m = use.exec(masked); m; m = use.exec(masked)) {
      const lineStart = masked.lastIndexOf('\n', m.index) + 1;
      const before = masked.slice(lineStart, m.index);
      // Imports and declarations of a class with that name are not uses.
      if (/^\s*import\b/.test(before) || /\b(?:class|object|interface)\s+$/.test(before)) continue;
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        message:
          `${VARIANTS[m[0]]} accepts a certificate issued for any host name, so any valid certificate for another domain lets an attacker intercept and change the traffic (man-in-the-middle). ` +
          'Use the default host name verifier and fix the certificate names instead.',
      });
    }
  },
};

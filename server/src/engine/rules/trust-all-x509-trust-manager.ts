import type { Rule } from '../rule';
import { matchingBracket, skipSpace } from './support/code-syntax';

/**
 * An `X509TrustManager` whose `checkServerTrusted` does nothing, so every certificate is accepted.
 * Matches method declarations (Java `void`, Kotlin `fun`), not calls.
 */
export const trustAllX509TrustManager: Rule = {
  meta: {
    id: 'trust-all-x509-trust-manager',
    title: 'X509TrustManager that trusts every certificate',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['checkServerTrusted'],
    fixable: false,
    aliases: ['TrustAllX509TrustManager'],
    docs: [
      'Flags a `checkServerTrusted` implementation whose body is empty (or only returns), in classes, anonymous objects and Kotlin `object :` expressions.',
      '',
      "**Why it matters.** `checkServerTrusted` is where a trust manager rejects a certificate by throwing. An empty body accepts any certificate, including one an attacker made for your host, so anyone on the network path (public Wi-Fi, a hostile proxy) can read and change the app's traffic. Such code is often added for a test server and shipped by mistake.",
      '',
      "**What to do.** Delete the custom trust manager and use the platform's default one. To trust a private CA in development, use `<debug-overrides>` in the network security config; to pin, use dynamic pinning.",
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    const name = /\b(?:fun|void)\s+checkServerTrusted\s*\(/g;
    for (let m = name.exec(masked); m; m = name.exec(masked)) {
      const nameStart = masked.indexOf('checkServerTrusted', m.index);
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      if (close === -1) continue;
      const after = masked.slice(close + 1, close + 400);
      // Java `throws …` clause or Kotlin `: Unit` return type before the body.
      const header = /^\s*(?:throws\s+[\w.]+(?:\s*,\s*[\w.]+)*\s*|:\s*Unit\s*)?/.exec(after)!;
      const bodyStart = skipSpace(masked, close + 1 + header[0].length);
      let empty: boolean;
      if (masked[bodyStart] === '{') {
        const bodyEnd = matchingBracket(masked, bodyStart);
        if (bodyEnd === -1) continue;
        empty = /^\s*(?:return\s*;?\s*|Unit\s*)?$/.test(masked.slice(bodyStart + 1, bodyEnd));
      } else if (masked[bodyStart] === '=') {
        empty = /^=\s*(?:Unit\b|\{\s*\})/.test(masked.slice(bodyStart, bodyStart + 40));
      } else {
        continue;
      }
      if (!empty) continue;
      context.report({
        start: nameStart,
        end: nameStart + 'checkServerTrusted'.length,
        message:
          '`checkServerTrusted` is empty, so this trust manager accepts every certificate: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          "Remove the custom X509TrustManager and use the platform's default validation.",
      });
    }
  },
};

import type { Rule } from '../rule';
import { matchingBracket, splitArguments } from './support/code-syntax';

/** `SSLCertificateSocketFactory.getInsecure(…)`: a socket factory with all certificate checks off. */
export const sslCertificateSocketFactoryInsecure: Rule = {
  meta: {
    id: 'ssl-certificate-socket-factory-insecure',
    title: 'SSLCertificateSocketFactory.getInsecure() disables certificate checks',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java'],
    keywords: ['getInsecure'],
    fixable: true,
    aliases: ['SSLCertificateSocketFactoryGetInsecure'],
    docs: [
      "Flags calls to `android.net.SSLCertificateSocketFactory.getInsecure(…)`.",
      '',
      '**Why it matters.** The factory it returns performs no certificate checks at all: any certificate, self-signed or issued for another host, is accepted, so anyone on the network path can intercept and change the traffic. The class is deprecated since API 29.',
      '',
      "**What to do.** Use `SSLCertificateSocketFactory.getDefault(…)` or, better, `SSLContext.getDefault().socketFactory` / OkHttp, which keep the platform's validation; to pin, use dynamic pinning.",
      '',
      '**Quick fix.** Renames the call to `getDefault(handshakeTimeoutMillis, cache)`: same arguments and the same `SSLSocketFactory` type, with certificate checks on.',
    ].join('\n'),
  },
  detect(context) {
    const masked = context.code().masked;
    const call = /\bSSLCertificateSocketFactory\s*\.\s*getInsecure\s*\(/g;
    for (let m = call.exec(masked); m; m = call.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = matchingBracket(masked, open);
      const nameAt = m.index + m[0].lastIndexOf('getInsecure');
      // getInsecure(int, SSLSessionCache) and getDefault(int, SSLSessionCache) both return an SSLSocketFactory.
      const sameSignature = close !== -1 && splitArguments(masked, open, close).length === 2;
      context.report({
        start: m.index,
        end: close === -1 ? open + 1 : close + 1,
        message:
          '`SSLCertificateSocketFactory.getInsecure()` returns a socket factory that accepts every certificate, so anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          "Use `SSLCertificateSocketFactory.getDefault()` or the platform's default SSLSocketFactory instead.",
        fixes: sameSignature
          ? [{ title: 'Use SSLCertificateSocketFactory.getDefault(…) (certificates are checked)', preferred: true, edits: [{ start: nameAt, end: nameAt + 'getInsecure'.length, newText: 'getDefault' }] }]
          : [],
      });
    }
  },
};

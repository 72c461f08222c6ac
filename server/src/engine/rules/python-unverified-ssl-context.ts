import type { Rule } from '../rule';
import { previousNonSpace } from './support/code-syntax';

const UNVERIFIED = /\b_create_unverified_context\b/g;
const CERT_NONE = /\bCERT_NONE\b/g;

/** `ssl._create_unverified_context()` and `CERT_NONE` given as `verify_mode` / `cert_reqs`. */
export const pythonUnverifiedSslContext: Rule = {
  meta: {
    id: 'python-unverified-ssl-context',
    title: 'Python SSL context that does not verify certificates',
    category: 'tls',
    severity: 'error',
    fileKinds: ['python'],
    keywords: ['_create_unverified_context', 'CERT_NONE', 'cert_reqs'],
    fixable: false,
    aliases: ['B323', 'B501'],
    docs: [
      'Flags `ssl._create_unverified_context` (called, or installed with `ssl._create_default_https_context = ssl._create_unverified_context`) and `ssl.CERT_NONE` (or `\'CERT_NONE\'`, or urllib3\'s short `cert_reqs=\'NONE\'`) assigned to `verify_mode` or passed as `cert_reqs` / in `sslopt` dictionaries. Comparisons such as `if ctx.verify_mode == ssl.CERT_NONE:` are not flagged.',
      '',
      '**Why it matters.** An unverified context accepts any certificate for any host, so anyone on the network path can read and change the traffic (man-in-the-middle). Replacing the default HTTPS context turns verification off for every urllib request of the process.',
      '',
      '**What to do.** Use `ssl.create_default_context()` (optionally with `cafile=` for a private CA) and keep `verify_mode = ssl.CERT_REQUIRED`.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    UNVERIFIED.lastIndex = 0;
    for (let m = UNVERIFIED.exec(masked); m; m = UNVERIFIED.exec(masked)) {
      if (/\bdef\s+$/.test(masked.slice(Math.max(0, m.index - 10), m.index))) continue;
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        message:
          '`ssl._create_unverified_context` makes an SSL context that accepts any certificate for any host: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Use ssl.create_default_context() instead.',
      });
    }
    const report = (start: number, end: number): void =>
      context.report({
        start,
        end,
        message:
          '`CERT_NONE` turns off certificate verification for this connection: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Use ssl.CERT_REQUIRED (the default of ssl.create_default_context()).',
      });
    CERT_NONE.lastIndex = 0;
    for (let m = CERT_NONE.exec(masked); m; m = CERT_NONE.exec(masked)) {
      let before = previousNonSpace(masked, m.index);
      if (masked[before] === '.') before = previousNonSpace(masked, before - /\w*$/.exec(masked.slice(Math.max(0, before - 40), before))![0].length);
      if (isAssignment(masked, before)) report(m.index, m.index + m[0].length);
    }
    for (const token of view.strings) {
      if (!isStringCertNone(masked, token) || !isAssignment(masked, previousNonSpace(masked, token.start))) continue;
      report(token.start, token.end);
    }
  },
};

/**
 * `'CERT_NONE'` anywhere it is assigned, and urllib3's short form `'NONE'` when it is the value of
 * `cert_reqs` (urllib3 accepts both names; `'NONE'` alone is too common a string to flag elsewhere).
 */
function isStringCertNone(masked: string, token: { value: string; start: number }): boolean {
  if (token.value === 'CERT_NONE') return true;
  if (token.value !== 'NONE') return false;
  const operator = previousNonSpace(masked, token.start);
  return /\bcert_reqs\s*$/.test(masked.slice(Math.max(0, operator - 40), operator));
}

/** Whether the operator ending at `at` assigns a value (`=`, `:`) rather than comparing (`==`, `!=`). */
function isAssignment(masked: string, at: number): boolean {
  if (at < 0) return false;
  if (masked[at] === ':') return true;
  return masked[at] === '=' && !'=!<>'.includes(masked[at - 1] ?? '');
}

import type { Fix, TextEdit } from '../findings';
import { importEdit } from '../fixes/imports';
import type { Rule } from '../rule';
import { escapeRegExp, previousNonSpace } from './support/code-syntax';
import { chainStartBefore, dotBefore, jvmSource, libraryInstance, type JvmSource } from './support/jvm-edits';
import { removeInsecureValue } from './support/jvm-insecure-removal';

const VARIANTS: Record<string, string> = {
  ALLOW_ALL_HOSTNAME_VERIFIER: "Apache HttpClient's `ALLOW_ALL_HOSTNAME_VERIFIER` (SSLSocketFactory, SSLConnectionSocketFactory)",
  AllowAllHostnameVerifier: "Apache HttpClient's `AllowAllHostnameVerifier`",
  NoopHostnameVerifier: "Apache HttpClient's `NoopHostnameVerifier`",
};

/**
 * What replaces each allow-all verifier where a value is required: a verifier of the same type from the
 * same package that checks host names (HttpClient 4.4+ `DefaultHostnameVerifier` for the
 * `javax.net.ssl.HostnameVerifier` one, the browser-compatible one for the older `X509HostnameVerifier`s).
 */
const REPLACEMENTS: Record<string, string> = {
  NoopHostnameVerifier: 'DefaultHostnameVerifier',
  AllowAllHostnameVerifier: 'BrowserCompatHostnameVerifier',
  ALLOW_ALL_HOSTNAME_VERIFIER: 'BROWSER_COMPATIBLE_HOSTNAME_VERIFIER',
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
    fixable: true,
    aliases: ['AllowAllHostnameVerifier'],
    docs: [
      "Flags uses of Apache HttpClient's `SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER`, `AllowAllHostnameVerifier` and `NoopHostnameVerifier` (`new NoopHostnameVerifier()`, `NoopHostnameVerifier.INSTANCE`), in code, not in imports or comments.",
      '',
      '**Why it matters.** These verifiers accept a certificate issued for any host name. Any valid certificate for any domain (free from public CAs) then lets an attacker on the network path intercept and change the traffic.',
      '',
      "**What to do.** Use the default verifier (`SSLConnectionSocketFactory.getDefaultHostnameVerifier()`, or simply OkHttp / `HttpsURLConnection`, which verify host names), and fix the server certificate's names instead of turning the check off.",
      '',
      '**Quick fix.** Where the verifier is only installed, the installation goes and the default verifier applies: `setSSLHostnameVerifier(…)` / `.hostnameVerifier(…)` calls, `setHostnameVerifier(…)` and `HttpsURLConnection.setDefaultHostnameVerifier(…)` statements, and the verifier argument of `new SSLConnectionSocketFactory(context, verifier)`. Elsewhere the value is replaced by a verifier that checks host names: `NoopHostnameVerifier` by `new DefaultHostnameVerifier()` (HttpClient 4.4+), `AllowAllHostnameVerifier` by `new BrowserCompatHostnameVerifier()`, `X.ALLOW_ALL_HOSTNAME_VERIFIER` by `X.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER`, with the import adjusted. Type names (`NoopHostnameVerifier v = …`) and a statically imported `ALLOW_ALL_HOSTNAME_VERIFIER` get no fix.',
    ].join('\n'),
  },
  detect(context) {
    const masked = context.code().masked;
    const src = jvmSource(context);
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
        fixes: fixesFor(src, m[0], m.index),
      });
    }
  },
};

function fixesFor(src: JvmSource, name: string, at: number): Fix[] {
  const value = verifierValue(src, name, at);
  if (!value) return [];
  const fixes: Fix[] = [];
  const removal = removeInsecureValue(src, value.span, 'hostname-verifier');
  if (removal) fixes.push({ title: 'Remove the allow-all verifier (use the default host name verification)', preferred: true, edits: removal });
  const replacement = replacementEdits(src, name, at, value);
  if (replacement) {
    fixes.push({ title: `Use ${REPLACEMENTS[name]} (host names are checked)`, preferred: !removal, edits: replacement });
  }
  return fixes;
}

interface VerifierValue {
  span: { start: number; end: number };
  /** Package prefix written before a class name (`org.apache.http.conn.ssl.`), or the class before a constant (`SSLSocketFactory`). */
  qualifier: string;
}

/** The expression of the verifier: `X.ALLOW_ALL_HOSTNAME_VERIFIER`, `new NoopHostnameVerifier()`, `NoopHostnameVerifier.INSTANCE`. */
function verifierValue(src: JvmSource, name: string, at: number): VerifierValue | undefined {
  const masked = src.code.masked;
  const end = at + name.length;
  if (name === 'ALLOW_ALL_HOSTNAME_VERIFIER') {
    const dot = dotBefore(src, at);
    if (dot === -1) return undefined;
    const start = chainStartBefore(src, dot);
    const qualifier = masked.slice(start, dot).replace(/\s+/g, '');
    return /^(?:[\w$]+\.)*[\w$]*SocketFactory$/.test(qualifier) ? { span: { start, end }, qualifier } : undefined;
  }
  return libraryInstance(src, { start: at, end });
}

/** Replaces the verifier by one that checks host names, adjusting the imports; undefined when its type would not fit. */
function replacementEdits(src: JvmSource, name: string, at: number, value: VerifierValue): TextEdit[] | undefined {
  const masked = src.code.masked;
  const replacement = REPLACEMENTS[name];
  if (name === 'ALLOW_ALL_HOSTNAME_VERIFIER') return [{ start: at, end: at + name.length, newText: replacement }];
  // `NoopHostnameVerifier v = NoopHostnameVerifier.INSTANCE`: the declared type would no longer fit.
  const p = previousNonSpace(masked, value.span.start);
  if (masked[p] === '=' && new RegExp(`\\b${name}\\b`).test(masked.slice(masked.lastIndexOf('\n', p) + 1, p))) return undefined;
  const expression = `${src.language === 'java' ? 'new ' : ''}${value.qualifier}${replacement}()`;
  const edits: TextEdit[] = [{ start: value.span.start, end: value.span.end, newText: expression }];
  if (value.qualifier) return edits;
  const imported = new RegExp(`^[ \\t]*import[ \\t]+([\\w.]+)\\.${name}\\b[ \\t]*;?[ \\t]*$`, 'm').exec(masked);
  if (!imported) {
    // Covered by a wildcard import, or not imported at all (then the package cannot be told).
    return /^[ \t]*import[ \t]+[\w.]+\.\*/m.test(masked) ? edits : undefined;
  }
  const nameAt = imported.index + imported[0].lastIndexOf(name);
  const stillUsed = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g');
  const uses = [...masked.matchAll(stillUsed)].filter((m) => m.index !== nameAt && (m.index < value.span.start || m.index >= value.span.end));
  const qualified = `${imported[1]}.${replacement}`;
  if (uses.length > 0) {
    const added = importEdit(src.text, masked, src.language, { from: qualified });
    return added ? [...edits, added] : edits;
  }
  const alreadyImported = new RegExp(`^[ \\t]*import[ \\t]+${escapeRegExp(qualified)}\\b`, 'm').test(masked);
  if (alreadyImported) {
    const lineEnd = masked.indexOf('\n', imported.index);
    return [...edits, { start: imported.index, end: lineEnd === -1 ? masked.length : lineEnd + 1, newText: '' }];
  }
  return [...edits, { start: nameAt, end: nameAt + name.length, newText: replacement }];
}

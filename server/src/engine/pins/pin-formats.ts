/**
 * A pin (base64 SHA-256 of a SubjectPublicKeyInfo) written the way each platform expects it.
 * Pure string work, so the VS Code client can use it too.
 */

export type PinSyntax = 'okhttp' | 'nsc' | 'plist' | 'swift' | 'objc' | 'dart' | 'js' | 'csharp' | 'plain';

export const PIN_SYNTAXES: Record<PinSyntax, string> = {
  okhttp: 'OkHttp CertificatePinner string ("sha256/…")',
  nsc: 'Network security config <pin digest="SHA-256">',
  plist: 'Info.plist NSPinnedDomains SPKI-SHA256-BASE64 entry',
  swift: 'Swift string (TrustKit kTSKPublicKeyHashes)',
  objc: 'Objective-C string (TrustKit kTSKPublicKeyHashes)',
  dart: 'Dart string',
  js: 'JavaScript/TypeScript string',
  csharp: 'C# string',
  plain: 'sha256/… text',
};

/** The base64 part of a pin given as `sha256/BASE64` or bare base64. */
export function pinBase64(pin: string): string {
  return pin.startsWith('sha256/') ? pin.slice('sha256/'.length) : pin;
}

/** One pin in a platform's syntax. */
export function formatPin(pin: string, syntax: PinSyntax): string {
  const b64 = pinBase64(pin);
  switch (syntax) {
    case 'okhttp':
      return `"sha256/${b64}"`;
    case 'nsc':
      return `<pin digest="SHA-256">${b64}</pin>`;
    case 'plist':
      return `<dict>\n\t<key>SPKI-SHA256-BASE64</key>\n\t<string>${b64}</string>\n</dict>`;
    case 'swift':
    case 'csharp':
      return `"${b64}"`;
    case 'objc':
      return `@"${b64}"`;
    case 'dart':
    case 'js':
      return `'${b64}'`;
    case 'plain':
      return `sha256/${b64}`;
  }
}

/**
 * Several pins (e.g. leaf + backup), one per line, each line after the first starting with
 * `indent`; code syntaxes separate the strings with commas.
 */
export function formatPins(pins: readonly string[], syntax: PinSyntax, indent = ''): string {
  const separator = syntax === 'nsc' || syntax === 'plist' || syntax === 'plain' ? '' : ',';
  return pins
    .map((pin) => formatPin(pin, syntax).split('\n').join('\n' + indent))
    .join(`${separator}\n${indent}`);
}

/** The syntax of a file, from the editor's language id and its name. */
export function pinSyntaxFor(languageId: string | undefined, fileName = ''): PinSyntax {
  const name = fileName.toLowerCase();
  if (name.endsWith('.plist') || languageId === 'plist') return 'plist';
  if (name.endsWith('.xml') || languageId === 'xml') return 'nsc';
  switch (languageId) {
    case 'kotlin':
    case 'java':
    case 'groovy':
      return 'okhttp';
    case 'swift':
      return 'swift';
    case 'objective-c':
    case 'objective-cpp':
      return 'objc';
    case 'dart':
      return 'dart';
    case 'javascript':
    case 'javascriptreact':
    case 'typescript':
    case 'typescriptreact':
      return 'js';
    case 'csharp':
      return 'csharp';
  }
  if (/\.(kt|kts|java|gradle)$/.test(name)) return 'okhttp';
  if (name.endsWith('.swift')) return 'swift';
  if (/\.(m|mm)$/.test(name)) return 'objc';
  if (name.endsWith('.dart')) return 'dart';
  if (/\.(js|jsx|ts|tsx|mjs|cjs)$/.test(name)) return 'js';
  if (name.endsWith('.cs')) return 'csharp';
  return 'plain';
}

/**
 * A few lines of every file kind, scanned once when a scan worker starts. The scanner's hot code
 * (lexer, keyword matcher, secret checks) is shared by a dozen languages; V8 optimizes it for the
 * kinds it has seen so far and throws that code away each time a new kind (or non-ASCII text)
 * shows up, then compiles it again, a dozen times per thread. Seeing every kind first, while
 * still interpreted, lets it compile each function once. Findings of the samples are discarded.
 */
import { fileKindOf, type FileKind } from './languages';
import { scanFileBytes } from './scan-paths';
import type { Scanner } from './scanner';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const KEY = 'q8Zr2Lk5Vn1Xw7Tb4Hc9';

/** Code that makes the common rules run: a pin, a key-like name with a value, a URL, a comment, non-ASCII text. */
function code(assign: string, quote = '"'): string {
  return `// é ${'x'.repeat(3)} key token storage aws SK\n${assign}apiKey = ${quote}${KEY}${quote}\nval u = ${quote}https://user:pass@host.example${quote}\npinner.add(${quote}api.example.com${quote}, ${quote}${PIN}${quote}) /* CertificatePinner */\n`;
}

const SAMPLES: [string, string][] = [
  ['Warm.kt', code('val ') + 'val s = """raw $x ${y}"""\n'],
  ['Warm.java', code('String ')],
  ['Warm.swift', code('let ') + 'let r = #"raw"#\n'],
  ['Warm.m', code('NSString *') + '#define API_KEY @"x"\n'],
  ['warm.dart', code('final ', "'") + "final r = r'raw';\n"],
  ['warm.ts', code('const ', "'") + 'const t = `a${b}`; const re = /x/g;\n'],
  ['warm.js', code('const ', "'")],
  ['Warm.cs', code('var ') + 'var v = @"a""b"; var i = $"{x}";\n'],
  ['warm.go', code('var ') + 'x := `raw`\n'],
  ['warm.py', code('', "'").replace(/\/\/ /, '# ').replace(/\/\*.*\*\//, '') + "f'{x}' r'raw'\n"],
  ['build.gradle', code('def ') + 'buildConfigField "String", "API_KEY", "\\"x\\""\n'],
  ['strings.xml', `<?xml version="1.0"?>\n<resources><!-- é key token --><string name="api_key">${KEY}</string><item android:value="${KEY}"/></resources>\n`],
  ['Info.plist', `<?xml version="1.0"?>\n<plist><dict><key>ApiKey</key><string>${KEY}</string><key>é token</key><true/></dict></plist>\n`],
  ['warm.json', `{"apiKey": "${KEY}", "é": ["token", "https://user:pass@host.example"]}\n`],
  ['warm.yaml', `api_key: ${KEY}\ntoken: 'é'\n`],
  ['gradle.properties', `api.key=${KEY}\n`],
  ['.env', `API_TOKEN=${KEY}\n`],
];

/** The file kinds the samples cover. */
export function warmUpKinds(): FileKind[] {
  return SAMPLES.map(([file]) => fileKindOf(file)!);
}

/** Scans every sample as a tree scan reads files (bytes), with and without non-ASCII text. */
export function warmUp(scanner: Scanner): void {
  for (const [file, text] of SAMPLES) {
    const kind = fileKindOf(file)!;
    for (const variant of [text, text.replace(/é/g, 'e')]) scanFileBytes(Buffer.from(variant), file, kind, scanner);
  }
}

/**
 * Follows a certificate or keystore shipped in an Android/JVM app from where it is read
 * (`openRawResource(R.raw.x)`, `assets.open("x.cer")`, `getResourceAsStream(…)`) to the trust
 * decision it ends up in (`TrustManagerFactory.init(keyStore)`, `loadTrustMaterial(keyStore)`, a
 * custom `…TrustManager(keyStore)`, OkHttp `addTrustedCertificate(cert)`), within one file.
 * Names are followed by their written identifier inside the function that reads the resource (the
 * whole file for fields and for keystores a helper function returns). Everything is bounded.
 */
import type { CodeView } from '../../lexer/code-view';
import { splitArguments, type Span } from './code-syntax';
import { callsIn, closingOf, enclosingOpen, matchingBackward, type Call, type JvmCode } from './jvm-syntax';

/** Resource loads looked at per file, and enclosing brackets walked per lookup. */
const MAX_LOADS = 200;
const MAX_NESTING = 32;

export interface ResourceLoad {
  /** Range to report: the call that opens the resource (with `assets.` for asset files). */
  start: number;
  end: number;
  /** What is loaded, as written: `R.raw.server_ca`, `ca.crt`. */
  resource: string;
}

export interface BundledTrust {
  load: ResourceLoad;
  /** Where the bundled material ends up: `a TrustManagerFactory`, `loadTrustMaterial`, … */
  sink: string;
}

const LOAD = /\b(openRawResource|getResourceAsStream|open)\s*\(/g;
const ASSETS_RECEIVER = /(?:\bassets|\bgetAssets\s*\(\s*\))\s*(?:!!)?\s*\??\.\s*$/;
const CONTROL = /^(?:if|for|while|switch|catch|synchronized|when|return)$/;
const IDENT = /^[A-Za-z_$][\w$]*$/;
/** `tmf.init(null)` / `init(null as KeyStore?)` / `init((KeyStore) null)`: the platform's own CAs. */
const ADDITIVE_TRUST =
  /\binit\s*\(\s*(?:\(\s*KeyStore\s*\)\s*)?null\s*(?:as\s+KeyStore\s*\??\s*)?\)|\bAndroidCAStore\b|\baddPlatformTrustedCertificates\b/;
const FUNCTION_TAIL = /^\s*(?:throws\s+[\w.]+(?:\s*,\s*[\w.]+){0,8}|:\s*[\w.<>?, ]{1,120})?\s*$/;

/** Every resource load of the file whose content ends up as the app's trust material. */
export function bundledTrust(view: CodeView, code: JvmCode): BundledTrust[] {
  const masked = code.masked;
  // Trusting the bundled certificate *besides* the system CAs (a TrustManagerFactory initialised with
  // the platform's default store, the AndroidCAStore, OkHttp's platform certificates) is not pinning.
  if (ADDITIVE_TRUST.test(masked)) return [];
  const found: BundledTrust[] = [];
  const fileCalls = callsIn(code, 0, masked.length);
  LOAD.lastIndex = 0;
  for (let m = LOAD.exec(masked), n = 0; m && n < MAX_LOADS; m = LOAD.exec(masked), n++) {
    const load = resourceLoad(view, code, m);
    if (!load) continue;
    const sink = trustSinkOf(code, fileCalls, load, m.index + m[0].length - 1);
    if (sink) found.push({ load, sink });
  }
  return found;
}

function resourceLoad(view: CodeView, code: JvmCode, m: RegExpExecArray): (ResourceLoad & { close: number }) | undefined {
  const masked = code.masked;
  const open = m.index + m[0].length - 1;
  const close = closingOf(code, open);
  if (close === -1) return undefined;
  let start = m.index;
  if (m[1] === 'open') {
    const before = ASSETS_RECEIVER.exec(masked.slice(Math.max(0, m.index - 60), m.index));
    if (!before) return undefined;
    start = m.index - before[0].length;
  }
  const literal = view.stringsIn(open, close)[0];
  const written = masked.slice(open + 1, close).trim();
  const resource = literal ? literal.value : /^[\w.]+$/.test(written) ? written : view.text.slice(open + 1, close).trim();
  if (!resource) return undefined;
  return { start, end: close + 1, close, resource };
}

/** The trust decision the resource at `load` reaches, or undefined. */
function trustSinkOf(code: JvmCode, fileCalls: Call[], load: ResourceLoad & { close: number }, open: number): string | undefined {
  const masked = code.masked;
  const fn = enclosingFunction(code, load.start);
  const region = fn?.body ?? { start: 0, end: masked.length };
  const calls = fileCalls.filter((c) => c.nameStart >= region.start && c.nameStart < region.end);
  const after = calls.filter((c) => c.nameStart > load.start || c.close > load.end);

  // 1. Who reads the stream: a call around the load, or calls given the variable it is stored in.
  const stream = assignedName(masked, load.start);
  const readers: Call[] = [];
  for (const call of enclosingCalls(code, calls, open)) if (isReader(call)) readers.push(call);
  if (readers.length === 0) {
    const chained = chainedLambda(code, load.close);
    for (const call of after) {
      if (!isReader(call)) continue;
      const inLambda = chained && call.nameStart > chained.start && call.nameStart < chained.end;
      if (inLambda || (stream && argumentsMention(masked, call, stream))) readers.push(call);
    }
  }
  for (const reader of readers) {
    if (/TrustManager$/.test(reader.name)) return `a custom ${reader.name}`;
    // 2. The keystore that receives it: `ks.load(stream, …)`, or `ks.setCertificateEntry(…, cert)`.
    let keyStore: string | undefined;
    if (reader.name === 'load') keyStore = receiverOf(code, reader);
    else {
      const certificate = assignedName(masked, reader.chainStart) ?? assignedName(masked, load.start);
      const uses = after.filter((c) => c.nameStart > reader.nameStart);
      const trusted = uses.find((c) => c.name === 'addTrustedCertificate' && (!certificate || argumentsMention(masked, c, certificate)));
      if (trusted) return "OkHttp's HandshakeCertificates (addTrustedCertificate)";
      const entries = uses.filter((c) => c.name === 'setCertificateEntry');
      const entry = entries.find((c) => certificate && argumentsMention(masked, c, certificate)) ?? entries[0];
      keyStore = entry && receiverOf(code, entry);
    }
    if (!keyStore) continue;
    // 3. Where the keystore is trusted: in this function, or anywhere in the file for a field or a returned store.
    // A local store (or one of a file without functions) is trusted after it is filled; a field anywhere.
    const local = !fn || new RegExp(`\\b(?:val|var|KeyStore)\\s+${keyStore}\\b`).test(masked.slice(region.start, region.end));
    const sink = trustSinkFor(masked, local ? calls.filter((c) => c.nameStart > reader.nameStart) : fileCalls, keyStore);
    if (sink) return sink;
    if (fn && new RegExp(`\\breturn\\s+${keyStore}\\b`).test(masked.slice(region.start, region.end))) {
      const viaHelper = trustSinkFor(masked, fileCalls, `${fn.name}(`);
      if (viaHelper) return viaHelper;
    }
  }
  return undefined;
}

/** A call that reads certificate or keystore bytes from a stream. */
function isReader(call: Call): boolean {
  return (
    call.name === 'generateCertificate' ||
    call.name === 'generateCertificates' ||
    call.name === 'load' ||
    /^[A-Z]\w*TrustManager$/.test(call.name)
  );
}

/**
 * The keystore a `load` / `setCertificateEntry` call works on: its receiver, or inside Kotlin
 * `KeyStore.getInstance(…).apply { … }` the variable the `apply` result is stored in.
 */
function receiverOf(code: JvmCode, call: Call): string | undefined {
  if (call.receiver) return IDENT.test(call.receiver) ? call.receiver : undefined;
  if (call.member) return undefined;
  const open = enclosingOpen(code, call.nameStart);
  if (open === -1 || code.masked[open] !== '{' || !/\.\s*(?:apply|run)\s*$/.test(code.masked.slice(Math.max(0, open - 20), open))) return undefined;
  return assignedName(code.masked, open);
}

/** A trust decision made with `store` (an identifier, or `helper(` for a helper's result). */
function trustSinkFor(masked: string, calls: Call[], store: string): string | undefined {
  const matches = (arg: Span | undefined): boolean => {
    if (!arg) return false;
    const text = masked.slice(arg.start, arg.end).replace(/\s+/g, '');
    return store.endsWith('(') ? text.startsWith(store) : text === store || text === `this.${store}`;
  };
  for (const call of calls) {
    if (call.close === -1) continue;
    const args = splitArguments(masked, call.open, call.close);
    if (call.name === 'init' && args.length === 1 && matches(args[0]) && /\bTrustManagerFactory\b/.test(masked)) return 'a TrustManagerFactory';
    if (call.name === 'loadTrustMaterial' && matches(args[0])) return "Apache HttpClient's loadTrustMaterial";
    if (/^[A-Z]\w*TrustManager$/.test(call.name) && args.some(matches)) return `a custom ${call.name}`;
  }
  return undefined;
}

/** Calls whose argument list contains `offset`, innermost first, up to the enclosing block. */
function enclosingCalls(code: JvmCode, calls: Call[], offset: number): Call[] {
  const result: Call[] = [];
  let open = enclosingOpen(code, offset);
  for (let depth = 0; open !== -1 && depth < MAX_NESTING && code.masked[open] === '('; depth++) {
    const call = calls.find((c) => c.open === open);
    if (call) result.push(call);
    open = enclosingOpen(code, open);
  }
  return result;
}

/** The lambda block of `.use { … }` / `.let { … }` chained on the load (after an optional `.buffered()`). */
function chainedLambda(code: JvmCode, close: number): Span | undefined {
  const m = /^\s*(?:\??\.\s*buffered\s*\(\s*\)\s*)?\??\.\s*(?:use|let|run|also)\s*\{/.exec(code.masked.slice(close + 1, close + 80));
  if (!m) return undefined;
  const open = close + m[0].length;
  const end = closingOf(code, open);
  return end === -1 ? undefined : { start: open, end };
}

/** The variable assigned by the statement that contains `offset` (`InputStream in = …`, `val ca = …`, `ks = …`). */
function assignedName(masked: string, offset: number): string | undefined {
  const lineStart = masked.lastIndexOf('\n', offset - 1) + 1;
  let from = lineStart;
  // A statement continued from the line above (`InputStream in =\n    assets.open(…)`).
  if (/^\s*$/.test(masked.slice(lineStart, offset))) from = masked.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
  const statement = masked.slice(Math.max(from, offset - 300), offset);
  const m = /([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>?]+\s*)?=(?![=>])[^=;{}]*$/.exec(statement);
  return m && IDENT.test(m[1]) ? m[1] : undefined;
}

function argumentsMention(masked: string, call: Call, name: string): boolean {
  if (call.close === -1) return false;
  return new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(masked.slice(call.open + 1, call.close));
}

/** The method, constructor or Kotlin function whose body contains `offset`: its name and body. */
function enclosingFunction(code: JvmCode, offset: number): { name: string; body: Span } | undefined {
  const masked = code.masked;
  let open = enclosingOpen(code, offset);
  for (let depth = 0; open !== -1 && depth < MAX_NESTING; depth++) {
    if (masked[open] === '{') {
      const paramsClose = masked.lastIndexOf(')', open);
      if (paramsClose !== -1 && open - paramsClose < 160 && FUNCTION_TAIL.test(masked.slice(paramsClose + 1, open))) {
        const paramsOpen = matchingBackward(code, paramsClose);
        const name = paramsOpen === -1 ? undefined : /([A-Za-z_$][\w$]*)\s*$/.exec(masked.slice(Math.max(0, paramsOpen - 80), paramsOpen));
        const before = name ? masked.slice(Math.max(0, paramsOpen - 80), paramsOpen - name[0].length) : '';
        // `new X() {` and `object : X() {` open anonymous classes, not functions.
        if (name && !CONTROL.test(name[1]) && !/(?:\bnew|:)\s*$/.test(before)) {
          const close = closingOf(code, open);
          if (close !== -1) return { name: name[1], body: { start: open, end: close + 1 } };
        }
      }
    }
    open = enclosingOpen(code, open);
  }
  return undefined;
}

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
/** Calls looked at after a load or a reader: a trust set-up is a few statements long. */
const MAX_FOLLOWED = 300;

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
const RELEVANT = /^(?:generateCertificates?|load|setCertificateEntry|addTrustedCertificate|init|loadTrustMaterial|[A-Z]\w*TrustManager)$/;
const FUNCTION_TAIL = /^\s*(?:throws\s+[\w.]+(?:\s*,\s*[\w.]+){0,8}|:\s*[\w.<>?, ]{1,120})?\s*$/;

/** Every resource load of the file whose content ends up as the app's trust material. */
export function bundledTrust(view: CodeView, code: JvmCode): BundledTrust[] {
  const masked = code.masked;
  // Trusting the bundled certificate *besides* the system CAs (a TrustManagerFactory initialised with
  // the platform's default store, the AndroidCAStore, OkHttp's platform certificates) is not pinning.
  if (ADDITIVE_TRUST.test(masked)) return [];
  const found: BundledTrust[] = [];
  // Only the calls this flow can pass through, in order, so that each load looks at a short list.
  const calls = callsIn(code, 0, masked.length).filter((c) => RELEVANT.test(c.name));
  const file: FileFlow = { code, calls, byOpen: new Map(calls.map((c) => [c.open, c])), hasTmf: /\bTrustManagerFactory\b/.test(masked) };
  LOAD.lastIndex = 0;
  for (let m = LOAD.exec(masked), n = 0; m && n < MAX_LOADS; m = LOAD.exec(masked), n++) {
    const load = resourceLoad(view, code, m);
    if (!load) continue;
    const sink = trustSinkOf(file, load, m.index + m[0].length - 1);
    if (sink) found.push({ load, sink });
  }
  return found;
}

interface FileFlow {
  code: JvmCode;
  /** The calls of the file a flow can pass through, in text order. */
  calls: Call[];
  byOpen: Map<number, Call>;
  hasTmf: boolean;
  /** Written argument (or `helper(`) → the first trust decision made with it anywhere in the file. */
  sinks?: Map<string, string>;
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
function trustSinkOf(file: FileFlow, load: ResourceLoad & { close: number }, open: number): string | undefined {
  const { code } = file;
  const masked = code.masked;
  const fn = enclosingFunction(code, load.start);
  const region = fn?.body ?? { start: 0, end: masked.length };
  // The calls that follow a point of the function, at most MAX_FOLLOWED of them.
  const following = (offset: number): Call[] => {
    const result: Call[] = [];
    for (let i = firstCallAfter(file.calls, offset); i < file.calls.length && result.length < MAX_FOLLOWED; i++) {
      if (file.calls[i].nameStart >= region.end) break;
      result.push(file.calls[i]);
    }
    return result;
  };
  const after = following(load.start);

  // 1. Who reads the stream: a call around the load, or calls given the variable it is stored in.
  const stream = assignedName(masked, load.start);
  const readers: Call[] = [];
  for (const call of enclosingCalls(file, open)) if (isReader(call)) readers.push(call);
  if (readers.length === 0) {
    const chained = chainedLambda(code, load.close);
    for (const call of after) {
      if (!isReader(call)) continue;
      const inLambda = chained && call.nameStart > chained.start && call.nameStart < chained.end;
      if (inLambda || (stream && argumentsMention(masked, call, stream))) readers.push(call);
    }
  }
  for (const reader of readers.slice(0, 4)) {
    if (/TrustManager$/.test(reader.name)) return `a custom ${reader.name}`;
    // 2. The keystore that receives it: `ks.load(stream, …)`, or `ks.setCertificateEntry(…, cert)`.
    let keyStore: string | undefined;
    const uses = following(reader.nameStart);
    if (reader.name === 'load') keyStore = receiverOf(code, reader);
    else {
      const certificate = assignedName(masked, reader.chainStart) ?? assignedName(masked, load.start);
      const trusted = uses.find((c) => c.name === 'addTrustedCertificate' && (!certificate || argumentsMention(masked, c, certificate)));
      if (trusted) return "OkHttp's HandshakeCertificates (addTrustedCertificate)";
      const entries = uses.filter((c) => c.name === 'setCertificateEntry');
      const entry = entries.find((c) => certificate && argumentsMention(masked, c, certificate)) ?? entries[0];
      keyStore = entry && receiverOf(code, entry);
    }
    if (!keyStore) continue;
    // 3. Where the keystore is trusted: after it is filled for a local store (or in a file without
    // functions), anywhere in the file for a field, and where the helper is called for a returned store.
    const body = fn ? masked.slice(region.start, region.end) : '';
    const local = !fn || new RegExp(`\\b(?:val|var|KeyStore)\\s+${keyStore}\\b`).test(body);
    const sink = local ? uses.map((c) => sinkOf(file, c, keyStore!)).find((d) => d) : fileSinks(file).get(keyStore);
    if (sink) return sink;
    if (fn && new RegExp(`\\breturn\\s+${keyStore}\\b`).test(body)) {
      const viaHelper = fileSinks(file).get(`${fn.name}(`);
      if (viaHelper) return viaHelper;
    }
  }
  return undefined;
}

/** Index of the first call whose name starts after `offset` (binary search; calls are in text order). */
function firstCallAfter(calls: readonly Call[], offset: number): number {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (calls[mid].nameStart <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** The trust decision `call` makes with `store` (an identifier), if it is one. */
function sinkOf(file: FileFlow, call: Call, store: string): string | undefined {
  for (const [written, sink] of sinkArguments(file, call)) if (written === store || written === `this.${store}`) return sink;
  return undefined;
}

/** The arguments a call trusts, as written without spaces, with what it does with them. */
function sinkArguments(file: FileFlow, call: Call): [string, string][] {
  if (call.close === -1 || !(call.name === 'init' || call.name === 'loadTrustMaterial' || /TrustManager$/.test(call.name))) return [];
  const masked = file.code.masked;
  const args = splitArguments(masked, call.open, call.close);
  const text = (arg: Span): string => masked.slice(arg.start, arg.end).replace(/\s+/g, '');
  if (call.name === 'init') return args.length === 1 && file.hasTmf ? [[text(args[0]), 'a TrustManagerFactory']] : [];
  if (call.name === 'loadTrustMaterial') return args.length > 0 ? [[text(args[0]), "Apache HttpClient's loadTrustMaterial"]] : [];
  return args.map((arg) => [text(arg), `a custom ${call.name}`]);
}

/** Every trust decision of the file by written argument, and by `helper(` for arguments that call a helper (built once). */
function fileSinks(file: FileFlow): Map<string, string> {
  if (file.sinks) return file.sinks;
  const sinks = new Map<string, string>();
  for (const call of file.calls) {
    for (const [written, sink] of sinkArguments(file, call)) {
      const key = written.startsWith('this.') ? written.slice(5) : written;
      if (!sinks.has(key)) sinks.set(key, sink);
      const helper = /^([A-Za-z_$][\w$]*)\(/.exec(written);
      if (helper && !sinks.has(`${helper[1]}(`)) sinks.set(`${helper[1]}(`, sink);
    }
  }
  file.sinks = sinks;
  return sinks;
}

/** Calls whose argument list contains `offset`, innermost first, up to the enclosing block. */
function enclosingCalls(file: FileFlow, offset: number): Call[] {
  const result: Call[] = [];
  let open = enclosingOpen(file.code, offset);
  for (let depth = 0; open !== -1 && depth < MAX_NESTING && file.code.masked[open] === '('; depth++) {
    const call = file.byOpen.get(open);
    if (call) result.push(call);
    open = enclosingOpen(file.code, open);
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

/**
 * Structural helpers for Kotlin and Java over a CodeView's masked text: method declarations with
 * their bodies, the calls inside a body (with their receiver chains), and which of those calls are
 * only logging. Everything is a bounded linear scan; no regex here backtracks over unbounded input.
 */
import type { CodeView } from '../../lexer/code-view';
import { skipSpace, type Span } from './code-syntax';

/** How far before a use a `for` loop binding the used variable is looked for. */
const MAX_LOOP_DISTANCE = 2_000;

/**
 * A Kotlin/Java code view with its bracket pairs, computed in one linear pass so that every helper can
 * find the partner of a bracket in O(1) (repeated forward scans would be quadratic on nested input).
 * Built once per CodeView and shared by the rules of one file. A closer that does not match the
 * innermost open bracket is ignored.
 */
export interface JvmCode {
  readonly masked: string;
  /** For each bracket, the offset of its partner (-1 when unmatched). */
  readonly pairs: Int32Array;
  /** For each offset, the innermost bracket open there (-1 at top level); built on first use. */
  enclosing?: Int32Array;
}

const JVM_CODE = new WeakMap<CodeView, JvmCode>();

export function jvmCode(view: CodeView): JvmCode {
  let code = JVM_CODE.get(view);
  if (!code) {
    code = { masked: view.masked, pairs: bracketTable(view.masked, false) };
    JVM_CODE.set(view, code);
  }
  return code;
}

const BRACKET = /[()[\]{}]/g;

/**
 * One pass over the text: bracket partners, or (with `enclosing`) the innermost open bracket at each
 * offset. The regex jumps from bracket to bracket; the runs between are filled in one go.
 */
function bracketTable(masked: string, enclosing: boolean): Int32Array {
  const table = new Int32Array(masked.length).fill(-1);
  const stack: number[] = [];
  let filledTo = 0; // with `enclosing`: table[0, filledTo) is final
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(masked); m; m = BRACKET.exec(masked)) {
    const i = m.index;
    if (enclosing && stack.length > 0) table.fill(stack[stack.length - 1], filledTo, i + 1);
    filledTo = i + 1;
    const c = masked.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else {
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      const open = masked.charCodeAt(top);
      if ((c === 41 && open === 40) || (c === 93 && open === 91) || (c === 125 && open === 123)) {
        stack.pop();
        if (!enclosing) {
          table[top] = i;
          table[i] = top;
        }
      }
    }
  }
  if (enclosing && stack.length > 0) table.fill(stack[stack.length - 1], filledTo);
  return table;
}

/** Offset of the bracket closing the one at `open`, or -1 (O(1) after one pass over the text). */
export function closingOf(code: JvmCode, open: number): number {
  const masked = code.masked;
  const c = masked[open];
  if (c !== '(' && c !== '[' && c !== '{') return -1;
  return code.pairs[open] ?? -1;
}

/** Offset of the bracket opening the one that closes at `close`, or -1. */
export function matchingBackward(code: JvmCode, close: number, floor = 0): number {
  const masked = code.masked;
  const c = masked[close];
  if (c !== ')' && c !== ']' && c !== '}') return -1;
  const open = code.pairs[close] ?? -1;
  return open >= floor ? open : -1;
}

export interface MethodDeclaration {
  /** Offsets of the method name. */
  nameStart: number;
  nameEnd: number;
  /** Offsets of the parameter list's `(` and `)`. */
  paramsOpen: number;
  paramsClose: number;
  /** A `{ … }` block (start at `{`, end just past `}`) or a Kotlin `= expression` body (start after `=`). */
  body: { kind: 'block' | 'expression' } & Span;
  /** The inside of a block body, or the expression of an expression body. */
  inner: Span;
}

/**
 * Declarations (not calls) of a method named `name`: Kotlin `fun name(`, Java `<javaType> name(`
 * for one of the given Java return types, within `range` (default: the whole text). Abstract
 * declarations (no body) are skipped, and so are declarations nested in the body of one already
 * found, which keeps the work linear.
 */
export function methodDeclarations(
  code: JvmCode,
  name: string,
  javaReturnTypes: readonly string[],
  range: Span = { start: 0, end: code.masked.length },
): MethodDeclaration[] {
  const masked = code.masked;
  const found: MethodDeclaration[] = [];
  const types = ['fun', ...javaReturnTypes].join('|');
  const declaration = new RegExp(`\\b(?:${types})\\s+${name}\\s*\\(`, 'g');
  declaration.lastIndex = range.start;
  let examinedUpTo = range.start;
  for (let m = declaration.exec(masked); m && m.index < range.end; m = declaration.exec(masked)) {
    if (m.index < examinedUpTo) continue;
    const paramsOpen = m.index + m[0].length - 1;
    const nameStart = masked.lastIndexOf(name, paramsOpen);
    const paramsClose = closingOf(code, paramsOpen);
    if (paramsClose === -1) continue;
    const after = masked.slice(paramsClose + 1, paramsClose + 300);
    // Java `throws A, B` or a Kotlin return type (`: Boolean`, `: Unit`, `: Array<X509Certificate>`).
    const header = /^\s*(?:throws\s+[\w.]+(?:\s*,\s*[\w.]+){0,8}|:\s*[\w.]+(?:<[\w.?<>, ]{0,80}>)?\??)?\s*/.exec(after)!;
    const bodyStart = skipSpace(masked, paramsClose + 1 + header[0].length);
    let declared: MethodDeclaration | undefined;
    if (masked[bodyStart] === '{') {
      const close = closingOf(code, bodyStart);
      if (close === -1) continue;
      declared = {
        nameStart,
        nameEnd: nameStart + name.length,
        paramsOpen,
        paramsClose,
        body: { kind: 'block', start: bodyStart, end: close + 1 },
        inner: { start: bodyStart + 1, end: close },
      };
    } else if (masked[bodyStart] === '=' && masked[bodyStart + 1] !== '=') {
      const start = skipSpace(masked, bodyStart + 1);
      const end = statementEnd(code, start, true);
      declared = {
        nameStart,
        nameEnd: nameStart + name.length,
        paramsOpen,
        paramsClose,
        body: { kind: 'expression', start: bodyStart + 1, end },
        inner: { start, end },
      };
    }
    if (!declared || declared.body.end > range.end) continue;
    found.push(declared);
    examinedUpTo = declared.body.end;
  }
  return found;
}

/**
 * End of a statement: the first top-level `;`, line break or closing bracket, following brackets
 * opened on the way. With `continuations`, a line break followed by `.call()`, `?.`, `?:`, `catch`,
 * `finally` or `else` continues it (a Kotlin expression body).
 */
function statementEnd(code: JvmCode, start: number, continuations = false): number {
  const masked = code.masked;
  const limit = Math.min(masked.length, start + 100_000);
  for (let i = start; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') {
      const close = closingOf(code, i);
      if (close === -1) return i;
      i = close;
    } else if (c === ')' || c === ']' || c === '}') {
      return i;
    } else if (c === '\n' || c === ';') {
      const next = skipSpace(masked, i);
      if (continuations && (masked[next] === '.' || masked[next] === '?' || /^(?:catch|finally|else)\b/.test(masked.slice(next, next + 8)))) {
        i = next - 1;
        continue;
      }
      return i;
    }
  }
  return limit;
}

export interface Call {
  /** The called name (`proceed` in `handler?.proceed()`). */
  name: string;
  nameStart: number;
  /** The identifier right before the dot, if any (`handler`, `Log`, `out` of `System.out.println`). */
  receiver: string | undefined;
  /** Whether the name is preceded by `.` or `?.` (a member call). */
  member: boolean;
  /** Start of the whole receiver chain (`System` of `System.out.println(…)`). */
  chainStart: number;
  open: number;
  /** Offset of the matching `)`, or -1 when unbalanced. */
  close: number;
}

const CONTROL_WORDS = new Set(['if', 'for', 'while', 'when', 'switch', 'catch', 'synchronized', 'try', 'return', 'throw', 'do', 'else', 'super', 'this']);

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_$]/.test(c);
}
function isIdentPart(c: string | undefined): boolean {
  return c !== undefined && /[\w$]/.test(c);
}

/** Every call `name(` in [start, end), in order, with its receiver chain. Control keywords are not calls. */
export function callsIn(code: JvmCode, start: number, end: number): Call[] {
  const masked = code.masked;
  const calls: Call[] = [];
  let i = start;
  while (i < end) {
    const c = masked[i];
    if (!isIdentStart(c) || isIdentPart(masked[i - 1])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isIdentPart(masked[j])) j++;
    const name = masked.slice(i, j);
    let k = j;
    // Kotlin/Java explicit type arguments: `emptyArray<X509Certificate>(`.
    if (masked[k] === '<') {
      const close = masked.slice(k, k + 80).indexOf('>');
      if (close !== -1 && /^<[\w.?<>, ]*$/.test(masked.slice(k, k + close))) k = k + close + 1;
    }
    k = skipSpace(masked, k);
    if (masked[k] === '(' && k < end && !CONTROL_WORDS.has(name)) {
      const { receiver, member, chainStart } = receiverChain(code, i, start);
      calls.push({ name, nameStart: i, receiver, member, chainStart, open: k, close: closingOf(code, k) });
    }
    i = j;
  }
  return calls;
}

/** Walks back from a called name over `a.b?.c().` to the start of the chain. */
function receiverChain(code: JvmCode, nameStart: number, floor: number): { receiver: string | undefined; member: boolean; chainStart: number } {
  const masked = code.masked;
  let p = previousNonSpaceFrom(masked, nameStart, floor);
  if (p < floor || masked[p] !== '.') return { receiver: undefined, member: false, chainStart: nameStart };
  let receiver: string | undefined;
  let chainStart = nameStart;
  for (let steps = 0; steps < 12; steps++) {
    // p is at a `.`; step over an optional `?`.
    let q = previousNonSpaceFrom(masked, p, floor);
    if (masked[q] === '?') q = previousNonSpaceFrom(masked, q, floor);
    if (q < floor) break;
    if (masked[q] === ')' || masked[q] === ']') {
      const open = matchingBackward(code, q, floor);
      if (open === -1) break;
      q = previousNonSpaceFrom(masked, open, floor);
      chainStart = open;
      if (!isIdentPart(masked[q])) break;
    }
    if (!isIdentPart(masked[q])) break;
    let s = q;
    while (s > floor && isIdentPart(masked[s - 1])) s--;
    if (receiver === undefined && chainStart === nameStart) receiver = masked.slice(s, q + 1);
    chainStart = s;
    p = previousNonSpaceFrom(masked, s, floor);
    if (p < floor || masked[p] !== '.') break;
  }
  return { receiver, member: true, chainStart };
}

function previousNonSpaceFrom(masked: string, from: number, floor: number): number {
  let i = from - 1;
  while (i >= floor && /\s/.test(masked[i])) i--;
  return i;
}

/** Offset of the nearest unclosed `(`, `[` or `{` before `offset`, or -1 (O(1)). */
export function enclosingOpen(code: JvmCode, offset: number, floor = 0): number {
  if (offset < 0 || offset >= code.masked.length) return -1;
  // `enclosing[offset]` is the innermost bracket open just before the character at `offset`.
  code.enclosing ??= bracketTable(code.masked, true);
  const open = code.enclosing[offset];
  return open >= floor ? open : -1;
}

const LOG_RECEIVERS = /^(?:Log|Timber|Slog|Napier|Logger|logger|log|LOG|LOGGER|sLogger|mLogger|sLog|mLog|Logcat|logcat|out|err|Console)$/;
const LOG_METHODS = /^(?:v|d|i|w|e|wtf|tag|verbose|debug|info|warn|warning|error|trace|fine|finer|finest|severe|log|println|print|printf)$/;
const LOG_FUNCTIONS = /^(?:println|print|printf|printStackTrace|logDebug|logInfo|logWarning|logWarn|logError|logd|logi|logw|loge)$/;

/** Whether a call only writes to a log or the console (`Log.d`, `Timber.tag(…).w`, `println`, `logger.info`, `e.printStackTrace()`). */
export function isLoggingCall(call: Call): boolean {
  if (LOG_FUNCTIONS.test(call.name)) return true;
  if (!LOG_METHODS.test(call.name)) return false;
  // `Timber.tag("x").d(…)`: a member call with no identifier receiver, on a chain that starts at a logger.
  return call.receiver === undefined ? call.member : LOG_RECEIVERS.test(call.receiver);
}

/** The calls of a span that are not logging, skipping everything inside the arguments of a logging call. */
export function nonLoggingCalls(code: JvmCode, span: Span): Call[] {
  const result: Call[] = [];
  let skipUntil = -1;
  for (const call of callsIn(code, span.start, span.end)) {
    if (call.nameStart < skipUntil) continue;
    if (isLoggingCall(call)) {
      skipUntil = call.close === -1 ? span.end : call.close;
      continue;
    }
    result.push(call);
  }
  return result;
}

/** The masked text of a span with every logging statement blanked (for "does it only return true" checks). */
export function withoutLogging(code: JvmCode, span: Span): string {
  const masked = code.masked;
  const chars = masked.slice(span.start, span.end).split('');
  let skipUntil = -1;
  for (const call of callsIn(code, span.start, span.end)) {
    if (call.nameStart < skipUntil || !isLoggingCall(call)) continue;
    const to = call.close === -1 ? span.end : call.close + 1;
    for (let i = Math.max(call.chainStart, span.start); i < to; i++) chars[i - span.start] = ' ';
    skipUntil = to;
  }
  return chars.join('');
}

/** Whether the span contains a `throw` statement or expression (Java and Kotlin). */
export function containsThrow(masked: string, span: Span): boolean {
  return /\bthrow\b/.test(masked.slice(span.start, span.end));
}

const BROAD_CATCH = /^catch\s*\(\s*(?:final\s+)?(?:\w+\s*:\s*)?(?:[\w.]*\.)?(?:CertificateException|GeneralSecurityException|Exception|Throwable)\b/;

/**
 * Whether the span has a `throw` that can leave it: one that is not inside the `try` part of a
 * `try { … } catch (CertificateException | Exception | Throwable …)` (such a throw is caught again;
 * a throw in the catch block itself still counts).
 */
/** Whether an exception thrown at `offset` is caught again inside `span` by a broad `catch`. */
export function caughtInside(code: JvmCode, span: Span, offset: number): boolean {
  return enclosingTryWithCatch(code, span, offset, BROAD_CATCH) !== undefined;
}

export function throwsOut(code: JvmCode, span: Span): boolean {
  const thrown = /\bthrow\b/g;
  const text = code.masked.slice(span.start, span.end);
  for (let m = thrown.exec(text); m; m = thrown.exec(text)) {
    if (!caughtInside(code, span, span.start + m.index)) return true;
  }
  return false;
}

/** Deepest nesting the block walks below look through. */
const MAX_NESTING = 64;

/** The `{` blocks around `offset` inside `span`, innermost first (bounded). */
function enclosingBlocks(code: JvmCode, span: Span, offset: number): number[] {
  const blocks: number[] = [];
  let open = enclosingOpen(code, offset);
  for (let depth = 0; open >= span.start && depth < MAX_NESTING; depth++) {
    if (code.masked[open] === '{') blocks.push(open);
    open = enclosingOpen(code, open);
  }
  return blocks;
}

/** Whether `offset` lies inside a `try { … }` block that has a `catch`, within `span`; returns that block. */
export function enclosingTryWithCatch(code: JvmCode, span: Span, offset: number, catchPattern = /^catch\b/): Span | undefined {
  const masked = code.masked;
  for (const open of enclosingBlocks(code, span, offset)) {
    if (!/\btry\s*$/.test(masked.slice(Math.max(0, open - 20), open))) continue;
    const close = closingOf(code, open);
    if (close === -1) continue;
    const next = skipSpace(masked, close + 1);
    if (catchPattern.test(masked.slice(next, next + 120))) return { start: open, end: close + 1 };
  }
  return undefined;
}

/** Whether `offset` lies inside a Kotlin `runCatching { … }` whose result is not re-thrown with `getOrThrow()`. */
export function insideRunCatching(code: JvmCode, span: Span, offset: number): boolean {
  const masked = code.masked;
  for (const open of enclosingBlocks(code, span, offset)) {
    if (!/\brunCatching\s*$/.test(masked.slice(Math.max(0, open - 30), open))) continue;
    const close = closingOf(code, open);
    if (close === -1) continue;
    // `.onFailure { … }.getOrThrow()` rethrows; look for it in the rest of the body.
    if (!/\.\s*getOrThrow\s*\(/.test(masked.slice(close + 1, span.end))) return true;
  }
  return false;
}

const KOTLIN_FOR = /^\s*([A-Za-z_$][\w$]*)(?:\s*:\s*[\w.?]{1,80})?\s+in\s+/;
const JAVA_FOR = /^\s*(?:final\s+)?[\w.]{1,80}(?:<[\w.?<>, ]{0,80}>)?\s+([A-Za-z_$][\w$]*)\s*:\s*/;
const FOR_EACH_ON_NAME = /([A-Za-z_$][\w$]*)\s*\??\.\s*forEach\s*$/;
const FOR_EACH_ON_CALL = /\)\s*\??\.\s*forEach\s*$/;
const LAMBDA_PARAM = /^\s*\(?\s*(?:[\w.]{1,80}\s+)?([A-Za-z_$][\w$]*)\s*(?::\s*[\w.?]{1,80}\s*)?\)?\s*->/;

/**
 * The iterable a loop variable `name`, used at `offset`, takes its values from: `for (pin in PINS)`,
 * `for (String pin : PINS)`, `PINS.forEach { builder.add(host, it) }`, `PINS.forEach(pin -> …)`.
 * Returns the span of the iterable expression, or undefined when `name` is not bound by such a loop.
 */
export function loopIterable(code: JvmCode, name: string, offset: number): Span | undefined {
  const masked = code.masked;
  // Lambdas given to forEach, walking out through the enclosing brackets.
  let at = offset;
  for (let level = 0; level < 6; level++) {
    const open = enclosingOpen(code, at);
    if (open === -1) break;
    if (masked[open] === '{' || masked[open] === '(') {
      const before = masked.slice(Math.max(0, open - 200), open);
      const onName = FOR_EACH_ON_NAME.exec(before);
      const onCall = onName ? undefined : FOR_EACH_ON_CALL.exec(before);
      if (onName || onCall) {
        const param = LAMBDA_PARAM.exec(masked.slice(open + 1, Math.min(offset, open + 200)));
        const bound = param ? param[1] : masked[open] === '{' ? 'it' : undefined;
        if (bound === name) {
          const base = open - before.length;
          if (onName) return { start: base + onName.index, end: base + onName.index + onName[1].length };
          const close = base + onCall!.index;
          const callOpen = matchingBackward(code, close);
          if (callOpen === -1) return undefined;
          let start = callOpen;
          while (start > 0 && isIdentPart(masked[start - 1])) start--;
          return { start, end: close + 1 };
        }
      }
    }
    at = open;
  }
  // `for` loops whose body contains the use.
  const windowStart = Math.max(0, offset - MAX_LOOP_DISTANCE);
  const window = masked.slice(windowStart, offset);
  const loop = /\bfor\s*\(/g;
  for (let m = loop.exec(window); m; m = loop.exec(window)) {
    const headerOpen = windowStart + m.index + m[0].length - 1;
    const headerClose = closingOf(code, headerOpen);
    if (headerClose === -1 || headerClose > offset) continue;
    const header = masked.slice(headerOpen + 1, headerClose);
    const bound = KOTLIN_FOR.exec(header) ?? JAVA_FOR.exec(header);
    if (!bound || bound[1] !== name) continue;
    const bodyStart = skipSpace(masked, headerClose + 1);
    const bodyEnd = masked[bodyStart] === '{' ? closingOf(code, bodyStart) : statementEnd(code, bodyStart);
    if (bodyEnd === -1 || offset > bodyEnd) continue;
    return { start: headerOpen + 1 + bound[0].length, end: headerClose };
  }
  return undefined;
}


/**
 * Reading function values (lambdas, delegates, method groups) in Dart, C# and JS/TS on a CodeView's
 * masked text: where their body is, whether it always returns `true`, which literals it compares
 * against, and whether the code only runs in debug builds. Every scan here is bounded.
 */
import type { CodeView, StringToken } from '../../lexer/code-view';
import type { CodeLanguage } from '../../languages';
import { escapeRegExp, findInitializer, matchingBracket, skipSpace, topLevelStop, type Span } from './code-syntax';
import { readFingerprint } from './fingerprints';
import { rangeLookup } from './fix-text';

export interface FunctionBody {
  /** For a block body, the offsets of `{` and just past `}`; for an expression body, the expression. */
  start: number;
  end: number;
  expression: boolean;
}

/** Name lookups (each a scan of the file) allowed per file; bounds the work on hostile input. */
const MAX_LOOKUPS = 300;

interface LookupCache {
  budget: number;
  initializers: Map<string, Span | undefined>;
  declarations: Map<string, FunctionBody | undefined>;
}

const caches = new WeakMap<CodeView, LookupCache>();

function cacheOf(view: CodeView): LookupCache {
  let cache = caches.get(view);
  if (!cache) caches.set(view, (cache = { budget: MAX_LOOKUPS, initializers: new Map(), declarations: new Map() }));
  return cache;
}

/** `findInitializer`, memoised per file and limited to MAX_LOOKUPS distinct names. */
export function initializerOf(view: CodeView, name: string): Span | undefined {
  const cache = cacheOf(view);
  if (cache.initializers.has(name)) return cache.initializers.get(name);
  if (cache.budget <= 0) return undefined;
  cache.budget--;
  const span = findInitializer(view, name);
  cache.initializers.set(name, span);
  return span;
}

/**
 * `argumentStrings` with memoised, budgeted name resolution: literals in the span, or for a bare
 * or qualified name (optionally spread), the literals of the constant it names in this file.
 */
export function resolvedStrings(view: CodeView, span: Span, depth = 0): StringToken[] {
  const literals = view.stringsIn(span.start, span.end).filter((s) => !s.interpolated);
  if (literals.length > 0 || depth > 2) return literals;
  const written = view.masked.slice(span.start, Math.min(span.end, span.start + 200)).trim();
  const name =
    /^(?:\*|\.\.\.)?\s*([A-Za-z_$][\w$]*)(?:\.(?:toTypedArray|toArray|toList)\(\s*\))?$/.exec(written)?.[1] ??
    /^[A-Za-z_$][\w$]*\.([A-Za-z_$][\w$]*)$/.exec(written)?.[1];
  const initializer = name ? initializerOf(view, name) : undefined;
  return initializer ? resolvedStrings(view, extendToBlock(view.masked, initializer), depth + 1) : [];
}

/** How deep `functionValue` follows wrappers and names. */
const MAX_DEPTH = 3;

const IDENT = /^[A-Za-z_$][\w$]*/;
const NOT_DECLARATION_WORDS = new Set(['new', 'return', 'await', 'throw', 'else', 'case', 'yield', 'in', 'of', 'is', 'as', 'typeof', 'delete', 'void']);

/**
 * The function written at `start` (the value after `=`, `:` or `+=`): a lambda `(a, b) => e`,
 * `(a, b) { … }` (Dart), `x => e`, `function (…) { … }`, `delegate (…) { … }`, a wrapper such as
 * `new RemoteCertificateValidationCallback(f)` or `(f)`, or the name of a function or constant
 * declared in this file. Undefined when it is none of these or cannot be resolved.
 */
export function functionValue(view: CodeView, start: number, depth = 0): FunctionBody | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const masked = view.masked;
  let i = skipSpace(masked, start);
  const modifiers = /^(?:(?:static|async)\s+)+/.exec(masked.slice(i, i + 40));
  if (modifiers) i += modifiers[0].length;
  const head = masked.slice(i, i + 200);

  const wrapper = /^new\s+[\w.]+\s*\(/.exec(head);
  if (wrapper) return functionValue(view, i + wrapper[0].length, depth + 1);

  const keyword = /^(?:delegate|function)\b\s*(?:[A-Za-z_$][\w$]*\s*)?/.exec(head);
  if (keyword) {
    let p = skipSpace(masked, i + keyword[0].length);
    if (masked[p] === '(') {
      const close = matchingBracket(masked, p);
      if (close === -1) return undefined;
      p = skipTypeAnnotation(masked, skipSpace(masked, close + 1));
    }
    return blockAt(masked, p);
  }

  if (masked[i] === '(') {
    const close = matchingBracket(masked, i);
    if (close === -1) return undefined;
    const after = skipTypeAnnotation(masked, skipSpace(masked, close + 1));
    if (masked.startsWith('=>', after)) return arrowBody(view, after + 2);
    if (masked[after] === '{') return blockAt(masked, after);
    // A parenthesised value: `((cert, host, port) => true)`.
    const inner = functionValue(view, i + 1, depth + 1);
    return inner && inner.end <= close ? inner : undefined;
  }

  const name = IDENT.exec(head);
  if (!name) return undefined;
  let p = skipSpace(masked, i + name[0].length);
  if (masked.startsWith('=>', p)) return arrowBody(view, p + 2);
  // A (possibly qualified) name: `_acceptAll`, `this.Validate`, `Callbacks.AcceptAll`.
  let last = name[0];
  while (masked[p] === '.' && masked[p + 1] !== '.') {
    const next = IDENT.exec(masked.slice(skipSpace(masked, p + 1), skipSpace(masked, p + 1) + 120));
    if (!next) return undefined;
    last = next[0];
    p = skipSpace(masked, skipSpace(masked, p + 1) + next[0].length);
  }
  if (!/^[;,)\]}\n\r]|^$/.test(masked[p] ?? '') && !masked.startsWith('..', p)) return undefined;
  if (/^(?:true|false|null|this)$/.test(last)) return undefined;
  return functionDeclaration(view, last) ?? initializerFunction(view, last, depth);
}

function initializerFunction(view: CodeView, name: string, depth: number): FunctionBody | undefined {
  const initializer = initializerOf(view, name);
  return initializer ? functionValue(view, initializer.start, depth + 1) : undefined;
}

/** Skips a TS return type annotation `: boolean` after a parameter list. */
function skipTypeAnnotation(masked: string, at: number): number {
  if (masked[at] !== ':') return at;
  const m = /^:\s*[\w.<>[\]|? ]{1,60}?(?=\s*(?:=>|\{))/.exec(masked.slice(at, at + 80));
  return m ? skipSpace(masked, at + m[0].length) : at;
}

function blockAt(masked: string, at: number): FunctionBody | undefined {
  if (masked[at] !== '{') return undefined;
  const close = matchingBracket(masked, at);
  return close === -1 ? undefined : { start: at, end: close + 1, expression: false };
}

function arrowBody(view: CodeView, after: number): FunctionBody | undefined {
  const masked = view.masked;
  const p = skipSpace(masked, after);
  if (masked[p] === '{') return blockAt(masked, p);
  return { start: p, end: valueEnd(masked, p), expression: true };
}

/**
 * End of an expression starting at `start`: the first top-level `;` `,` closing bracket, Dart
 * cascade `..`, or a line break that does not continue the expression.
 */
export function valueEnd(masked: string, start: number): number {
  const end = topLevelStop(masked, start, (i) => {
    const c = masked[i];
    if (c === ';' || c === ',') return true;
    if (c === '.' && masked[i + 1] === '.' && masked[i + 2] !== '.') return true;
    if (c !== '\n') return false;
    let before = i - 1;
    while (before >= start && /\s/.test(masked[before])) before--;
    const next = skipSpace(masked, i);
    const continues =
      /[-+*/%&|=<>?:.(!,]/.test(masked[before] ?? '') ||
      /^(?:&&|\|\||==|!=|\?|:|\.(?!\.)|\+|-(?!-))/.test(masked.slice(next, next + 2));
    return !continues;
  });
  return end === -1 ? Math.min(masked.length, start + 100_000) : end;
}

/**
 * The declaration of a function or method named `name` in this file: `bool name(…) { … }`,
 * `bool name(…) => …;`, `function name(…) { … }`, `private static bool Name(…) { … }`.
 */
export function functionDeclaration(view: CodeView, name: string): FunctionBody | undefined {
  const cache = cacheOf(view);
  if (cache.declarations.has(name)) return cache.declarations.get(name);
  if (cache.budget <= 0) return undefined;
  cache.budget--;
  const body = findFunctionDeclaration(view, name);
  cache.declarations.set(name, body);
  return body;
}

function findFunctionDeclaration(view: CodeView, name: string): FunctionBody | undefined {
  const masked = view.masked;
  const pattern = new RegExp(`\\b${escapeRegExp(name)}\\s*\\(`, 'g');
  let tries = 0;
  for (let m = pattern.exec(masked); m && tries < 50; m = pattern.exec(masked), tries++) {
    if (masked[m.index - 1] === '.') continue;
    let b = m.index - 1;
    while (b >= 0 && /\s/.test(masked[b])) b--;
    if (b < 0 || !/[\w$>?\]]/.test(masked[b])) continue;
    const word = /[\w$]+$/.exec(masked.slice(Math.max(0, b - 20), b + 1))?.[0];
    if (word && NOT_DECLARATION_WORDS.has(word)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(masked, open);
    if (close === -1) continue;
    const after = skipTypeAnnotation(masked, skipSpace(masked, close + 1));
    if (masked[after] === '{') return blockAt(masked, after);
    if (masked.startsWith('=>', after)) return arrowBody(view, after + 2);
  }
  return undefined;
}

/** The returned expressions of a body: the expression itself, or each `return …` of a block. */
export function returnedExpressions(masked: string, body: FunctionBody): Span[] {
  if (body.expression) return [{ start: body.start, end: body.end }];
  const spans: Span[] = [];
  const pattern = /\breturn\b/g;
  const inner = masked.slice(body.start, body.end);
  for (let m = pattern.exec(inner); m && spans.length < 200; m = pattern.exec(inner)) {
    const start = skipSpace(masked, body.start + m.index + m[0].length);
    spans.push({ start, end: valueEnd(masked, start) });
  }
  return spans;
}

/** Whether the function accepts unconditionally: every path returns the literal `true`, nothing throws. */
export function alwaysReturnsTrue(masked: string, body: FunctionBody): boolean {
  if (!body.expression && /\bthrow\b/.test(masked.slice(body.start, body.end))) return false;
  const returns = returnedExpressions(masked, body);
  if (returns.length === 0) return false;
  return returns.every((span) => stripParens(masked.slice(span.start, span.end)) === 'true');
}

function stripParens(expression: string): string {
  let s = expression.trim();
  for (let n = 0; n < 5 && s.startsWith('(') && s.endsWith(')'); n++) s = s.slice(1, -1).trim();
  return s;
}

const COMPARISON = /==|!=|\b(?:Equals|equals|contains|Contains|includes|SequenceEqual|listEquals|indexOf|IndexOf|any|Any|every|All|containsKey|ContainsKey|compareTo|CompareTo|startsWith|StartsWith)\b/;

export interface ComparedFingerprints {
  /** The literal values that look like digests or key material. */
  values: string[];
  /** Where they are written (for messages); the first one is the literal or constant nearest the body. */
  tokens: StringToken[];
}

/**
 * The fingerprint-like literals a callback body compares against: literals in the body and the
 * values of constants it names (resolved in this file). Undefined when the body makes no
 * comparison or names no such literal.
 */
export function comparedFingerprints(view: CodeView, body: FunctionBody): ComparedFingerprints | undefined {
  const masked = view.masked;
  const text = masked.slice(body.start, body.end);
  if (!COMPARISON.test(text)) return undefined;
  const tokens: StringToken[] = view.stringsIn(body.start, body.end).filter((s) => !s.interpolated);
  const names = new Set<string>();
  const word = /\b[A-Za-z_$][\w$]*\b/g;
  for (let m = word.exec(text); m && names.size < 40; m = word.exec(text)) {
    if (text[m.index - 1] !== '.' || /^[A-Z_]/.test(m[0])) names.add(m[0]);
  }
  for (const name of names) {
    const initializer = initializerOf(view, name);
    if (!initializer || (initializer.start >= body.start && initializer.end <= body.end)) continue;
    tokens.push(...resolvedStrings(view, extendToBlock(masked, initializer), 1));
  }
  const matched = tokens.filter((t) => readFingerprint(t.value) !== undefined);
  if (matched.length === 0) return undefined;
  const values: string[] = [];
  for (const t of matched) if (!values.includes(t.value)) values.push(t.value);
  return { values, tokens: matched };
}

/**
 * Extends an initializer span whose value continues on the next line with a `{ … }` block
 * (C# `new HashSet<string>` + newline + `{ "…" }`).
 */
export function extendToBlock(masked: string, span: Span): Span {
  const next = skipSpace(masked, span.end);
  if (masked[next] === '{' && /\n/.test(masked.slice(span.end, next + 1))) {
    const close = matchingBracket(masked, next);
    if (close !== -1) return { start: span.start, end: close + 1 };
  }
  return span;
}

const enclosingTables = new WeakMap<CodeView, Int32Array>();

/**
 * For every offset, the innermost unclosed `(`, `[` or `{` before it (or -1): one pass over the
 * file, built on first use, so enclosing-bracket queries cost O(1) however many sites a file has.
 */
function enclosingTable(view: CodeView): Int32Array {
  let table = enclosingTables.get(view);
  if (table) return table;
  const masked = view.masked;
  table = new Int32Array(masked.length + 1);
  const stack: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    table[i] = stack.length ? stack[stack.length - 1] : -1;
    const c = masked.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else if ((c === 41 || c === 93 || c === 125) && stack.length) stack.pop();
  }
  table[masked.length] = stack.length ? stack[stack.length - 1] : -1;
  enclosingTables.set(view, table);
  return table;
}

/** Offset of the innermost unclosed `(`, `[` or `{` before `offset`, or -1. */
export function enclosingOpen(view: CodeView, offset: number): number {
  const table = enclosingTable(view);
  return offset <= 0 ? -1 : table[Math.min(offset, table.length - 1)];
}

/** The offsets of up to `levels` enclosing open brackets, innermost first. */
export function enclosingOpens(view: CodeView, offset: number, levels = 8): number[] {
  const opens: number[] = [];
  let at = offset;
  while (opens.length < levels) {
    const open = enclosingOpen(view, at);
    if (open === -1) break;
    opens.push(open);
    at = open;
  }
  return opens;
}

const DEBUG_CONDITION = /\bif\s*\(\s*(?:kDebugMode|!\s*kReleaseMode|__DEV__|kDebugMode\s*&&[^(){};]{0,80}|__DEV__\s*&&[^(){};]{0,80})\s*\)\s*$/;

/**
 * Whether code at `offset` only exists or runs in debug builds: inside C# `#if DEBUG`, or inside
 * (or directly after) `if (kDebugMode)` / `if (!kReleaseMode)` (Dart) / `if (__DEV__)` (React Native).
 */
export function isDebugOnly(view: CodeView, offset: number, language: CodeLanguage): boolean {
  const masked = view.masked;
  if (language === 'csharp') return inCsharpDebugRegion(view, offset);
  const lineStart = masked.lastIndexOf('\n', offset - 1) + 1;
  if (DEBUG_CONDITION.test(statementPrefix(masked, lineStart, offset))) return true;
  for (const open of enclosingOpens(view, offset)) {
    if (masked[open] !== '{') continue;
    if (DEBUG_CONDITION.test(masked.slice(Math.max(0, open - 160), open))) return true;
  }
  return false;
}

/** The text of the current line before `offset` up to the start of an assignment target. */
function statementPrefix(masked: string, lineStart: number, offset: number): string {
  const line = masked.slice(Math.max(lineStart, offset - 300), offset);
  const m = /^(.*\))\s*[\w$.[\]]*$/.exec(line);
  return m ? m[1] : line;
}

const debugRegions = new WeakMap<CodeView, (offset: number) => boolean>();

/** Whether `offset` lies in a `#if DEBUG` branch (or the `#else` of `#if !DEBUG`); regions computed once per file. */
function inCsharpDebugRegion(view: CodeView, offset: number): boolean {
  let inRegion = debugRegions.get(view);
  if (!inRegion) debugRegions.set(view, (inRegion = rangeLookup(csharpDebugRegions(view.masked))));
  return inRegion(offset);
}

function csharpDebugRegions(masked: string): Span[] {
  const directive = /^[ \t]*#[ \t]*(if|elif|else|endif)\b([^\n]*)/gm;
  const stack: { condition: 'debug' | 'not-debug' | 'other'; inElse: boolean }[] = [];
  const regions: Span[] = [];
  let debugSince = -1;
  const isDebug = (): boolean => stack.some((e) => (e.condition === 'debug' && !e.inElse) || (e.condition === 'not-debug' && e.inElse));
  for (let m = directive.exec(masked); m; m = directive.exec(masked)) {
    const condition = m[2].trim();
    const top = stack[stack.length - 1];
    if (m[1] === 'if') {
      if (stack.length >= 64) break;
      stack.push({ condition: /^DEBUG\s*$/.test(condition) ? 'debug' : /^!\s*DEBUG\s*$/.test(condition) ? 'not-debug' : 'other', inElse: false });
    } else if (m[1] === 'elif' && top) {
      top.condition = 'other';
    } else if (m[1] === 'else' && top) {
      top.inElse = true;
    } else if (m[1] === 'endif') {
      stack.pop();
    }
    const debug = isDebug();
    if (debug && debugSince < 0) debugSince = m.index;
    else if (!debug && debugSince >= 0) {
      regions.push({ start: debugSince, end: m.index });
      debugSince = -1;
    }
  }
  if (debugSince >= 0) regions.push({ start: debugSince, end: masked.length });
  return regions;
}

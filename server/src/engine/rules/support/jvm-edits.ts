/**
 * Ranges that Kotlin/Java fixes delete: whole statements (with the comments attached to them), one
 * call of a builder chain, and the blank lines such deletions leave behind. Everything works on a
 * CodeView's masked text (comments and string contents blanked), so brackets and `;` inside them never
 * count; every walk is bounded.
 */
import type { CodeView } from '../../lexer/code-view';
import { lineStartOf, nextLineStart } from '../../fixes/text-ranges';
import type { RuleContext } from '../../rule';
import { previousNonSpace, skipSpace, type Span } from './code-syntax';
import { closingOf, enclosingOpen, jvmCode, matchingBackward, type JvmCode } from './jvm-syntax';

export interface JvmSource {
  readonly text: string;
  readonly view: CodeView;
  readonly code: JvmCode;
  readonly language: 'java' | 'kotlin';
}

export function jvmSource(context: RuleContext): JvmSource {
  const view = context.code();
  return { text: context.text, view, code: jvmCode(view), language: context.kind === 'kotlin' ? 'kotlin' : 'java' };
}

/** How many links of a receiver chain (`a.b().c`) or attached comments are walked at most. */
const MAX_STEPS = 64;

/** Words after which a Kotlin line break does not end the statement (`else`, `return`, …). */
const KOTLIN_CONTINUING_WORDS = new Set(['else', 'do', 'return', 'throw', 'in', 'is', 'as', 'if', 'when', 'while', 'try', 'val', 'var', 'fun', 'to', 'and', 'or']);
/** Headers whose `(…)` is followed by a statement that belongs to them. */
const CONTROL_HEADERS = new Set(['if', 'while', 'for', 'when', 'catch', 'synchronized', 'switch']);

const isIdentChar = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);

/** The identifier ending at `end` (exclusive), or ''. */
function wordBefore(masked: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 80 && isIdentChar(masked[start - 1])) start--;
  return masked.slice(start, end);
}

/** Whether a statement may begin at `start` (what comes before it ends the previous statement). */
export function startsStatement(src: JvmSource, start: number): boolean {
  const masked = src.code.masked;
  const p = previousNonSpace(masked, start);
  if (p < 0) return true;
  const c = masked[p];
  if (c === '{' || c === ';' || c === '}') return true;
  if (src.language === 'java') return false;
  if (!masked.slice(p + 1, start).includes('\n')) return false;
  if (isIdentChar(c) || c === '"' || c === "'" || c === '`') return !KOTLIN_CONTINUING_WORDS.has(wordBefore(masked, p + 1));
  if (c === ')') {
    const open = matchingBackward(src.code, p);
    if (open === -1) return false;
    return !CONTROL_HEADERS.has(wordBefore(masked, previousNonSpace(masked, open) + 1));
  }
  return c === ']';
}

/**
 * When [start, end) is a whole statement, its range (with a Java `;`, or a Kotlin one if written);
 * undefined when it is part of a larger expression or the body of an `if`/loop without braces.
 */
export function wholeStatement(src: JvmSource, start: number, end: number): Span | undefined {
  const masked = src.code.masked;
  if (!startsStatement(src, start)) return undefined;
  if (src.language === 'java') {
    const semicolon = skipSpace(masked, end);
    return masked[semicolon] === ';' ? { start, end: semicolon + 1 } : undefined;
  }
  let after = end;
  while (after < masked.length && (masked[after] === ' ' || masked[after] === '\t')) after++;
  if (masked[after] === ';') return { start, end: after + 1 };
  if (after < masked.length && masked[after] !== '\n' && masked[after] !== '\r' && masked[after] !== '}') return undefined;
  const next = skipSpace(masked, end);
  if (/[.?:&|]/.test(masked[next] ?? '') || /^(?:as|else|catch|finally)\b/.test(masked.slice(next, next + 8))) return undefined;
  return { start, end };
}

const blank = (s: string): boolean => /^[ \t\r]*$/.test(s);

/**
 * The range that deletes [start, end): with the whole lines when nothing else is on them (a trailing
 * comment on the last line goes too), together with the comments on the lines right above it; otherwise
 * with the spaces that follow it on its line.
 */
export function deletionRange(src: JvmSource, start: number, end: number, withComments = true): Span {
  const { text } = src;
  const masked = src.code.masked;
  const lineStart = lineStartOf(masked, start);
  const lineEnd = masked.indexOf('\n', end) === -1 ? masked.length : masked.indexOf('\n', end);
  if (!blank(masked.slice(lineStart, start)) || !blank(masked.slice(end, lineEnd))) {
    let after = end;
    while (after < masked.length && (masked[after] === ' ' || masked[after] === '\t')) after++;
    return { start, end: after < masked.length && masked[after] !== '\n' && masked[after] !== '\r' ? after : end };
  }
  return { start: withComments ? attachedCommentsStart(src, lineStart) : lineStart, end: nextLineStart(text, end) };
}

/** Moves a whole-line range's start up over comments that sit alone on the lines directly above it. */
function attachedCommentsStart(src: JvmSource, lineStart: number): number {
  const comments = src.view.comments;
  let start = lineStart;
  let index = comments.length - 1;
  // The last comment that starts before `start` (binary search, then walk up).
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  index = lo - 1;
  for (let steps = 0; index >= 0 && steps < MAX_STEPS; steps++, index--) {
    const comment = comments[index];
    if (!/^[ \t]*\r?\n$/.test(src.text.slice(comment.end, start))) break;
    const commentLine = lineStartOf(src.text, comment.start);
    if (!blank(src.text.slice(commentLine, comment.start))) break;
    start = commentLine;
  }
  return start;
}

/** The deletion of a whole statement at [start, end) (see `wholeStatement`), or undefined when it is not one. */
export function statementDeletion(src: JvmSource, start: number, end: number): Span | undefined {
  const statement = wholeStatement(src, start, end);
  if (!statement || !kotlinRemovable(src, statement)) return undefined;
  return deletionRange(src, withLeadingAnnotations(src, statement.start), statement.end);
}

/** Moves a statement start back over annotations written on the lines above it (`@SuppressLint(…)`). */
export function withLeadingAnnotations(src: JvmSource, start: number): number {
  const masked = src.code.masked;
  let at = start;
  for (let steps = 0; steps < 8; steps++) {
    const p = previousNonSpace(masked, at);
    if (p < 0) break;
    let annotationStart = -1;
    if (masked[p] === ')') {
      const open = matchingBackward(src.code, p);
      if (open !== -1) annotationStart = annotationNameStart(masked, previousNonSpace(masked, open) + 1);
    } else if (isIdentChar(masked[p])) {
      annotationStart = annotationNameStart(masked, p + 1);
    }
    if (annotationStart === -1) break;
    at = annotationStart;
  }
  return at;
}

/** The `@` of an annotation name that ends at `end` (`@SuppressLint`, `@field:JvmField`), or -1. */
function annotationNameStart(masked: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 120 && /[\w$.:]/.test(masked[i - 1])) i--;
  return i > 0 && masked[i - 1] === '@' && i < end ? i - 1 : -1;
}

/**
 * Kotlin blocks give their last expression as their value (lambdas of `let`, `run`, `map`, …); deleting
 * that expression could change a type. Allowed: any statement but the last, and the last one of a
 * function body, a class body, `init`, `apply`/`also`/`forEach` lambdas and control-flow blocks.
 */
function kotlinRemovable(src: JvmSource, statement: Span): boolean {
  if (src.language !== 'kotlin') return true;
  const masked = src.code.masked;
  const open = enclosingOpen(src.code, statement.start);
  if (open === -1) return true;
  if (masked[open] !== '{') return false;
  const close = closingOf(src.code, open);
  if (close === -1 || masked.slice(statement.end, close).trim() !== '') return true;
  const before = masked.slice(Math.max(0, open - 200), open);
  return (
    /(?:\b(?:init|apply|also|forEach|onEach|else|try|finally|do)|->|\)\s*:\s*[\w.<>?,]+(?:\s+[\w.<>?,]+)*)\s*$/.test(before) ||
    /\b(?:class|object|interface)\b[^{};=]*$/.test(before) ||
    (/\)\s*$/.test(before) && controlOrFunctionHeader(src, open))
  );
}

/** Whether the `)` before the block at `open` closes a function's parameters or an `if`/`for`/`while`/`catch` header. */
function controlOrFunctionHeader(src: JvmSource, open: number): boolean {
  const masked = src.code.masked;
  const close = previousNonSpace(masked, open);
  const paren = matchingBackward(src.code, close);
  if (paren === -1) return false;
  const word = wordBefore(masked, previousNonSpace(masked, paren) + 1);
  if (CONTROL_HEADERS.has(word)) return true;
  const head = masked.slice(Math.max(0, paren - 160), paren);
  return /\bfun\s+(?:<[^<>]*>\s*)?(?:[\w.<>?, ]+\.)?[\w`]+\s*$/.test(head) || /\bconstructor\s*$/.test(head);
}

/** A call to remove: `name(…)` with an optional Kotlin trailing lambda. */
export interface CallSite {
  nameStart: number;
  /** Offset just past the call (its `)`, or the trailing lambda's `}`). */
  end: number;
}

/** Where a receiver chain that ends just before `dot` begins (`builder`, `new OkHttpClient.Builder()`, `a.b().c`). */
export function chainStartBefore(src: JvmSource, dot: number): number {
  const masked = src.code.masked;
  let i = previousNonSpace(masked, dot);
  let start = dot;
  for (let steps = 0; i >= 0 && steps < MAX_STEPS; steps++) {
    while (masked[i] === '!' && i > 0) i--;
    if (masked[i] === ')' || masked[i] === ']' || masked[i] === '}') {
      const open = matchingBackward(src.code, i);
      if (open === -1) return start;
      start = open;
      const p = previousNonSpace(masked, open);
      if (p < 0 || !(isIdentChar(masked[p]) || masked[p] === ')' || (masked[p] === '>' && masked[open] === '('))) return start;
      i = p;
      continue;
    }
    if (masked[i] === '>') {
      // Explicit type arguments before a call: `arrayOf<TrustManager>(…)`.
      const lt = masked.lastIndexOf('<', i);
      if (lt === -1 || i - lt > 80 || !/^<[\w.?<>, ]*>$/.test(masked.slice(lt, i + 1))) return start;
      i = previousNonSpace(masked, lt);
      continue;
    }
    if (!isIdentChar(masked[i])) return start;
    let s = i;
    while (s > 0 && isIdentChar(masked[s - 1])) s--;
    start = s;
    const p = previousNonSpace(masked, s);
    if (p >= 0 && masked[p] === '.') {
      i = previousNonSpace(masked, masked[p - 1] === '?' ? p - 1 : p);
      continue;
    }
    if (src.language === 'java' && wordBefore(masked, p + 1) === 'new') start = p + 1 - 3;
    return start;
  }
  return start;
}

/** The start of the `.` (or `?.`) right before `nameStart`, or -1 when the call has no receiver. */
export function dotBefore(src: JvmSource, nameStart: number): number {
  const masked = src.code.masked;
  const p = previousNonSpace(masked, nameStart);
  if (p < 0 || masked[p] !== '.') return -1;
  return masked[p - 1] === '?' ? p - 1 : p;
}

/** The name of the member accessed right after `end` (`.name`), with its offset, or undefined. */
function nextLink(masked: string, end: number): { dot: number; nameStart: number } | undefined {
  const dot = skipSpace(masked, end);
  const after = masked[dot] === '?' && masked[dot + 1] === '.' ? dot + 2 : masked[dot] === '.' ? dot + 1 : -1;
  if (after === -1) return undefined;
  const nameStart = skipSpace(masked, after);
  return /[A-Za-z_$]/.test(masked[nameStart] ?? '') ? { dot, nameStart } : undefined;
}

/** The end of a chain of `.name`, `.name(…)` and `.name { … }` links after `end`. */
export function chainEndAfter(src: JvmSource, end: number): number {
  const masked = src.code.masked;
  let at = end;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const link = nextLink(masked, at);
    if (!link) return at;
    let i = link.nameStart;
    while (isIdentChar(masked[i])) i++;
    for (;;) {
      const next = skipSpace(masked, i);
      if (masked[next] !== '(' && !(masked[next] === '{' && src.language === 'kotlin')) break;
      const close = closingOf(src.code, next);
      if (close === -1) return at;
      i = close + 1;
    }
    at = i;
  }
  return at;
}

/**
 * The range deleting one call of a chain, so that the rest still reads well and compiles:
 * `builder.sslSocketFactory(f, tm);` goes as a statement; the first call after a plain receiver goes
 * with the dot after it (`builder.a().b()` → `builder.b()`), so that deleting two neighbouring calls at
 * once overlaps and is done in two steps (never leaving `builder;`); other calls go with their dot, on
 * their own line when they have one. `setterOnly` calls (void setters) must be a whole statement.
 */
export function callDeletion(src: JvmSource, call: CallSite, setterOnly = false): Span | undefined {
  const masked = src.code.masked;
  const dot = dotBefore(src, call.nameStart);
  if (dot === -1) return statementDeletion(src, call.nameStart, call.end);
  const chainStart = chainStartBefore(src, dot);
  const receiver = masked.slice(chainStart, dot);
  const plainReceiver = /^\s*(?:this\s*\.\s*)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*$/.test(receiver) && !/^\s*new\b/.test(receiver);
  const next = nextLink(masked, call.end);
  const chainEnd = chainEndAfter(src, call.end);
  if (plainReceiver && !next) {
    const statement = statementDeletion(src, chainStart, chainEnd);
    if (statement) return statement;
  }
  if (plainReceiver && next && wholeStatement(src, chainStart, chainEnd)) return { start: call.nameStart, end: next.nameStart };
  if (setterOnly && !next) return undefined;
  const lineStart = lineStartOf(masked, dot);
  if (blank(masked.slice(lineStart, dot))) {
    const lineEnd = masked.indexOf('\n', call.end) === -1 ? masked.length : masked.indexOf('\n', call.end);
    if (blank(masked.slice(call.end, lineEnd))) return deletionRange(src, dot, call.end);
    // `.last(…);` on its own line: join what follows to the line before.
    return { start: previousNonSpace(masked, dot) + 1, end: call.end };
  }
  return { start: dot, end: call.end };
}

/**
 * Tidies a fix's deletions: nested ones merge into the outer one, neighbours separated only by blank
 * lines become one, and a deletion that would leave two blank lines in a row (or a blank line right
 * after `{` or before `}`) takes one of them too. Undefined when two deletions partly overlap.
 */
export function tidyDeletions(src: JvmSource, ranges: readonly Span[]): Span[] | undefined {
  const { text } = src;
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      if (range.end <= last.end) continue;
      return undefined;
    }
    if (last && isWholeLines(text, last) && isWholeLines(text, range) && /^(?:[ \t]*\r?\n)*$/.test(text.slice(last.end, range.start))) {
      last.end = range.end;
      continue;
    }
    merged.push({ ...range });
  }
  for (const range of merged) {
    if (!isWholeLines(text, range)) continue;
    const previousLine = range.start === 0 ? undefined : text.slice(lineStartOf(text, range.start - 1), range.start);
    const followingLine = text.slice(range.end, nextLineStart(text, range.end));
    const previousBlank = previousLine !== undefined && blank(previousLine.replace(/\n$/, ''));
    const followingBlank = range.end < text.length && blank(followingLine.replace(/\n$/, ''));
    const opens = previousLine === undefined || /[{(]\s*$/.test(src.code.masked.slice(range.start - previousLine.length, range.start));
    const closes = /^\s*[})]/.test(src.code.masked.slice(range.end, range.end + followingLine.length)) || range.end >= text.length;
    if (followingBlank && (previousBlank || opens)) range.end = nextLineStart(text, range.end);
    else if (previousBlank && closes && previousLine !== undefined) range.start -= previousLine.length;
  }
  return merged;
}

/** Whether a range starts at a line start and ends just past a line break (or at the end). */
function isWholeLines(text: string, range: Span): boolean {
  return (range.start === 0 || text[range.start - 1] === '\n') && (range.end === text.length || text[range.end - 1] === '\n');
}

/** A library object written at `name` (a class name): `new X()`, Kotlin `X()`, `X.INSTANCE`, with any package prefix. */
export interface LibraryInstance {
  /** The whole expression. */
  span: Span;
  /** The package prefix with its trailing dot (`org.apache.http.conn.ssl.`), or ''. */
  qualifier: string;
}

/** The library object expression around the class name at `name`, or undefined when the name is a type, import or declaration. */
export function libraryInstance(src: JvmSource, name: Span): LibraryInstance | undefined {
  const masked = src.code.masked;
  const dot = dotBefore(src, name.start);
  const start = dot === -1 ? name.start : chainStartBefore(src, dot);
  const qualifier = masked.slice(start, name.start).replace(/\s+/g, '');
  if (!/^(?:[a-z_$][\w$]*\.)*$/.test(qualifier)) return undefined;
  const after = skipSpace(masked, name.end);
  const instance = /^\.\s*INSTANCE\b/.exec(masked.slice(after, after + 20));
  const p = previousNonSpace(masked, start);
  const isNew = src.language === 'java' && masked.slice(p - 2, p + 1) === 'new' && !isIdentChar(masked[p - 3]);
  if (instance && !isNew) return { span: { start, end: after + instance[0].length }, qualifier };
  if (masked[after] !== '(' || (src.language === 'java' && !isNew)) return undefined;
  const close = closingOf(src.code, after);
  if (close === -1 || masked.slice(after + 1, close).trim() !== '') return undefined;
  return { span: { start: isNew ? p - 2 : start, end: close + 1 }, qualifier };
}

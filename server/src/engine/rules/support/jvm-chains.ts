/**
 * Call chains of Kotlin and Java (`new OkHttpClient.Builder().connectTimeout(…).build()`,
 * `base.newBuilder()?.apply { … }`), read on a CodeView's masked text: where a chain starts and the
 * `.name(…)` segments it is made of. Bracket partners come from `JvmCode` (O(1) each), and every
 * walk is capped, so a chain is read in time linear in its length.
 */
import { previousNonSpace, skipSpace } from './code-syntax';
import { closingOf, matchingBackward, type JvmCode } from './jvm-syntax';

/** Segments followed in one chain; real chains have a handful. */
const MAX_SEGMENTS = 128;

export interface ChainSegment {
  name: string;
  /** Offset of the `.` (of `?.` it is the `?`) before the name. */
  dot: number;
  nameStart: number;
  /** The argument list's `(` and `)`, or -1 when the segment has none (`.apply { … }`, a property). */
  open: number;
  close: number;
  /** A trailing lambda's `{` and `}` on the same line, or -1. */
  lambdaOpen: number;
  lambdaClose: number;
  /** Offset just past the segment. */
  end: number;
}

export interface CallChain {
  /** Offset of the chain's first character (`new` of a Java `new X.Builder()`). */
  start: number;
  /** Offset just past the primary expression (`builder`, `new X.Builder()`, `factory()`). */
  primaryEnd: number;
  segments: ChainSegment[];
  /** Offset just past the last segment (or the primary when there is none). */
  end: number;
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_$]/.test(c);
}
function isIdentPart(c: string | undefined): boolean {
  return c !== undefined && /[\w$]/.test(c);
}

function identifierEnd(masked: string, at: number): number {
  let i = at;
  while (isIdentPart(masked[i])) i++;
  return i;
}

/** Skips explicit type arguments `<A, B<C>>` at `at` (short, on one line), else returns `at`. */
function skipTypeArguments(masked: string, at: number): number {
  if (masked[at] !== '<') return at;
  const close = masked.slice(at, at + 120).indexOf('>');
  if (close === -1) return at;
  let end = at + close + 1;
  while (masked[end] === '>') end++;
  return /^<[\w.?<>, ]*$/.test(masked.slice(at, end - 1)) ? end : at;
}

/** Whether the word `new` (Java) ends just before `at` (spaces between). */
function newKeywordBefore(masked: string, at: number): number {
  const p = previousNonSpace(masked, at);
  if (p >= 2 && masked.slice(p - 2, p + 1) === 'new' && !isIdentPart(masked[p - 3])) return p - 2;
  return -1;
}

/**
 * Start of the chain that the `.` at `dot` belongs to: walks back over `name(…)`, `name { … }`,
 * `?.`, `!!` and property names to the primary expression. -1 when the receiver is not something
 * this reader follows (a parenthesised expression, an operator).
 */
export function chainStartBefore(code: JvmCode, dot: number): number {
  const masked = code.masked;
  let at = dot;
  for (let steps = 0; steps < MAX_SEGMENTS; steps++) {
    let p = previousNonSpace(masked, at);
    if (masked[p] === '!' && masked[p - 1] === '!') p = previousNonSpace(masked, p - 1);
    if (masked[p] === '}') {
      const open = matchingBackward(code, p);
      if (open === -1) return -1;
      p = previousNonSpace(masked, open);
    }
    if (masked[p] === ')') {
      const open = matchingBackward(code, p);
      if (open === -1) return -1;
      p = previousNonSpace(masked, open);
      if (masked[p] === '>') {
        const lt = masked.lastIndexOf('<', p);
        if (lt === -1 || p - lt > 120) return -1;
        p = previousNonSpace(masked, lt);
      }
    }
    if (!isIdentPart(masked[p])) return -1;
    let s = p;
    while (s > 0 && isIdentPart(masked[s - 1])) s--;
    if (!isIdentStart(masked[s])) return -1;
    const before = previousNonSpace(masked, s);
    if (masked[before] === '.') {
      at = masked[before - 1] === '?' ? before - 1 : before;
      continue;
    }
    const newAt = newKeywordBefore(masked, s);
    return newAt === -1 ? s : newAt;
  }
  return -1;
}

/** Reads the chain that starts at `start` (see `chainStartBefore`), or undefined when it is not one. */
export function parseChain(code: JvmCode, start: number): CallChain | undefined {
  const masked = code.masked;
  let i = start;
  if (masked.startsWith('new', i) && !isIdentPart(masked[i + 3])) {
    // Java `new a.b.C<T>(…)`, with an optional anonymous class body.
    i = skipSpace(masked, i + 3);
    if (!isIdentStart(masked[i])) return undefined;
    for (let parts = 0; parts < 32; parts++) {
      i = identifierEnd(masked, i);
      const dot = skipSpace(masked, i);
      if (masked[dot] !== '.' || !isIdentStart(masked[skipSpace(masked, dot + 1)])) break;
      i = skipSpace(masked, dot + 1);
    }
    i = skipTypeArguments(masked, skipSpace(masked, i));
    const open = skipSpace(masked, i);
    if (masked[open] !== '(') return undefined;
    const close = closingOf(code, open);
    if (close === -1) return undefined;
    i = close + 1;
    const body = skipSpace(masked, i);
    if (masked[body] === '{') {
      const end = closingOf(code, body);
      if (end === -1) return undefined;
      i = end + 1;
    }
  } else {
    if (!isIdentStart(masked[i])) return undefined;
    i = identifierEnd(masked, i);
    const open = skipTypeArguments(masked, i);
    if (masked[open] === '(') {
      const close = closingOf(code, open);
      if (close === -1) return undefined;
      i = close + 1;
    }
  }
  const primaryEnd = i;
  const segments: ChainSegment[] = [];
  let end = primaryEnd;
  while (segments.length < MAX_SEGMENTS) {
    let j = skipSpace(masked, end);
    if (masked[j] === '!' && masked[j + 1] === '!') j = skipSpace(masked, j + 2);
    let dot: number;
    let afterDot: number;
    if (masked[j] === '?' && masked[j + 1] === '.') {
      dot = j;
      afterDot = j + 2;
    } else if (masked[j] === '.' && masked[j + 1] !== '.') {
      dot = j;
      afterDot = j + 1;
    } else break;
    const nameStart = skipSpace(masked, afterDot);
    if (!isIdentStart(masked[nameStart])) break;
    const nameEnd = identifierEnd(masked, nameStart);
    const segment: ChainSegment = {
      name: masked.slice(nameStart, nameEnd),
      dot,
      nameStart,
      open: -1,
      close: -1,
      lambdaOpen: -1,
      lambdaClose: -1,
      end: nameEnd,
    };
    const open = skipTypeArguments(masked, skipSpace(masked, nameEnd));
    if (masked[open] === '(') {
      const close = closingOf(code, open);
      if (close === -1) break;
      segment.open = open;
      segment.close = close;
      segment.end = close + 1;
    }
    const lambda = sameLineNonSpace(masked, segment.end);
    if (masked[lambda] === '{') {
      const close = closingOf(code, lambda);
      if (close === -1) break;
      segment.lambdaOpen = lambda;
      segment.lambdaClose = close;
      segment.end = close + 1;
    }
    segments.push(segment);
    end = segment.end;
  }
  return { start, primaryEnd, segments, end };
}

/** The first non-space offset at or after `from` on the same line (the line end when there is none). */
function sameLineNonSpace(masked: string, from: number): number {
  let i = from;
  while (i < masked.length && (masked[i] === ' ' || masked[i] === '\t')) i++;
  return i;
}

/** The chain that the segment whose `.` is at `dot` belongs to, with that segment's index. */
export function chainThrough(code: JvmCode, dot: number): { chain: CallChain; index: number } | undefined {
  const start = chainStartBefore(code, dot);
  if (start === -1) return undefined;
  const chain = parseChain(code, start);
  if (!chain) return undefined;
  const index = chain.segments.findIndex((s) => s.dot === dot);
  return index === -1 ? undefined : { chain, index };
}

/** Whether a segment is a call without arguments and without a lambda: `.build()`. */
export function isEmptyCall(masked: string, segment: ChainSegment): boolean {
  return segment.open !== -1 && segment.lambdaOpen === -1 && masked.slice(segment.open + 1, segment.close).trim() === '';
}

/**
 * Where an expression sits in Kotlin or Java code, for fixes that rewrite it: the block around it
 * (a class body, a block of statements, the top level of a Kotlin file), the statement it belongs to
 * and that statement's line. Read on a CodeView's masked text with `JvmCode` bracket partners; every
 * walk is bounded.
 */
import { lineStartOf } from '../../fixes/text-ranges';
import { previousNonSpace, skipSpace } from './code-syntax';
import { closingOf, enclosingOpen, matchingBackward, type JvmCode } from './jvm-syntax';

/** Deepest bracket nesting followed outwards, and longest statement walked. */
const MAX_NESTING = 64;
const MAX_STATEMENT = 20_000;

export type JvmLanguage = 'kotlin' | 'java';

export interface BlockContext {
  /** Offset of the block's `{`, or -1 for the top level of the file. */
  open: number;
  /** `class-body`: members of a class, object, interface or anonymous class; `code`: statements; `top-level`: a Kotlin file's top level. */
  kind: 'class-body' | 'code' | 'top-level';
  /** The outermost `(` or `[` between the block and the offset asked about, or -1 when there is none. */
  outermostParen: number;
}

/** Characters walked back so far per file; once they add up to the file's length, the table is cheaper. */
const WALKED = new WeakMap<JvmCode, number>();

/**
 * The innermost unclosed bracket before `offset`, as `enclosingOpen` tells it. A fix asks this a few
 * times per file, so walking back over sibling bracket pairs (usually a short walk) is cheaper than
 * the file-wide table; once the walks of a file add up to its length, the table is built and used.
 */
export function enclosingBracket(code: JvmCode, offset: number): number {
  const masked = code.masked;
  if (code.enclosing) return enclosingOpen(code, offset);
  const walked = WALKED.get(code) ?? 0;
  const budget = masked.length - walked;
  let steps = 0;
  let found = -1;
  for (let i = offset - 1; i >= 0; i--) {
    if (++steps > budget) return enclosingOpen(code, offset);
    const c = masked.charCodeAt(i);
    if (c === 41 || c === 93 || c === 125) {
      const partner = code.pairs[i];
      if (partner !== -1) i = partner;
    } else if (c === 40 || c === 91 || c === 123) {
      found = i;
      break;
    }
  }
  WALKED.set(code, walked + steps);
  return found;
}

/** The innermost `{ … }` block around `offset`, and whether `offset` is inside brackets within it. */
export function blockAround(code: JvmCode, offset: number): BlockContext | undefined {
  let outermostParen = -1;
  let open = enclosingBracket(code, offset);
  for (let depth = 0; open !== -1 && depth < MAX_NESTING; depth++) {
    if (code.masked[open] === '{') return { open, kind: isClassBody(code, open) ? 'class-body' : 'code', outermostParen };
    outermostParen = open;
    open = enclosingBracket(code, open);
  }
  return open === -1 ? { open: -1, kind: 'top-level', outermostParen } : undefined;
}

const TYPE_HEADER = /(?<![.:\w$])(?:class|interface|object|enum)\b/;
const ANONYMOUS_CLASS = /\bnew\s+[\w.]+(?:<[\w.?<>, ]*>)?\s*\([^;{}]*\)\s*$/;

/** Whether the `{` at `open` opens the body of a type declaration (or an anonymous class / object). */
function isClassBody(code: JvmCode, open: number): boolean {
  const masked = code.masked;
  let from = open;
  // The header is what comes after the previous statement or member; brackets inside it are jumped.
  for (let steps = 0; steps < 400 && from > 0; steps++) {
    const c = masked[from - 1];
    if (c === ')' || c === ']') {
      const partner = matchingBackward(code, from - 1);
      if (partner === -1) break;
      from = partner;
      continue;
    }
    if (c === ';' || c === '{' || c === '}') break;
    from--;
  }
  const header = masked.slice(from, open);
  return TYPE_HEADER.test(header) || ANONYMOUS_CLASS.test(header);
}

/** Characters that, ending a Kotlin line, make the next line continue the same statement. */
const KOTLIN_CONTINUES_AFTER = '=([{,.+-*/%&|:';

/** Whether a Kotlin line starting at `at` continues the previous one (`.call()`, `?.`, `?:`, `&&`, `||`). */
function continuesLine(masked: string, at: number): boolean {
  const c = masked[at];
  if (c === '.') return masked[at + 1] !== '.';
  if (c === '?') return masked[at + 1] === '.' || masked[at + 1] === ':';
  return masked.startsWith('&&', at) || masked.startsWith('||', at);
}

/**
 * Start of the statement (or member declaration) that holds `anchor`, where `anchor` is directly in
 * the block `block.open` (not inside brackets): the offset after the previous `;`, `}` or block `{`,
 * or, in Kotlin, after the line break that ends the previous statement.
 */
export function statementStart(code: JvmCode, language: JvmLanguage, anchor: number, blockOpen: number): number | undefined {
  const masked = code.masked;
  const floor = Math.max(blockOpen, anchor - MAX_STATEMENT);
  let i = anchor - 1;
  while (i > floor) {
    const c = masked[i];
    if (c === ')' || c === ']' || c === '}') {
      if (c === '}') return skipSpace(masked, i + 1);
      const partner = matchingBackward(code, i);
      if (partner === -1) return undefined;
      i = partner - 1;
      continue;
    }
    if (c === ';') return skipSpace(masked, i + 1);
    if (c === '\n' && language === 'kotlin') {
      const before = previousNonSpace(masked, i);
      const after = skipSpace(masked, i);
      const continues = (before > blockOpen && KOTLIN_CONTINUES_AFTER.includes(masked[before])) || continuesLine(masked, after);
      if (!continues) return after;
    }
    i--;
  }
  if (i === blockOpen || i < 0) return skipSpace(masked, i + 1);
  return undefined;
}

/**
 * End of the statement that continues at `from` (a position directly in its block): Java, the offset
 * just past its `;`; Kotlin, the offset of the line break (or `;`, or the block's `}`) that ends it.
 * Brackets are jumped; Kotlin lines that start with `.`/`?.`/`?:` or follow an operator continue it.
 */
export function statementEnd(code: JvmCode, language: JvmLanguage, from: number): number | undefined {
  const masked = code.masked;
  const limit = Math.min(masked.length, from + MAX_STATEMENT);
  for (let i = from; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') {
      const close = closingOf(code, i);
      if (close === -1) return undefined;
      i = close;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') return language === 'kotlin' ? i : undefined;
    if (c === ';') return language === 'java' ? i + 1 : i;
    if (c === '\n' && language === 'kotlin') {
      const before = previousNonSpace(masked, i);
      const after = skipSpace(masked, i);
      const continues = KOTLIN_CONTINUES_AFTER.includes(masked[before] ?? '') || continuesLine(masked, after);
      if (!continues) return i;
      i = after - 1;
    }
  }
  return limit === masked.length && language === 'kotlin' ? limit : undefined;
}

/** The file's indentation step inside the block `blockOpen` (what its statements add to the block's line), else four spaces or a tab. */
export function indentUnit(text: string, statementIndent: string, blockOpen: number): string {
  if (blockOpen >= 0) {
    const blockLine = lineStartOf(text, blockOpen);
    let end = blockLine;
    while (text[end] === ' ' || text[end] === '\t') end++;
    const outer = text.slice(blockLine, end);
    if (statementIndent.length > outer.length && statementIndent.startsWith(outer)) return statementIndent.slice(outer.length);
  }
  return statementIndent.startsWith('\t') ? '\t' : '    ';
}

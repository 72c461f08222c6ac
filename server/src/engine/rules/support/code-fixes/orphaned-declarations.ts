/**
 * After a fix removes code, constants and locals that only that code used (the bundled certificate's
 * asset path, the list of certificate names, the bytes loaded for a SecurityContext) are dead. This
 * finds their declarations so the fix can remove them too, but only when nothing else in the file
 * (strings and comments included) names them and no other file can: Dart `_private` names and
 * locals, JS/TS module-level names that are not exported, and locals.
 */
import type { TextEdit } from '../../../findings';
import type { CodeView } from '../../../lexer/code-view';
import { enclosingOpen } from '../callbacks';
import { escapeRegExp, matchingBracket, previousNonSpace, type Span } from '../code-syntax';
import { removeCode } from './removal';

export type DeclarationSyntax = 'dart' | 'js';

/** Names looked at per round and rounds of following initializers; bounds the work. */
const MAX_NAMES = 40;
const MAX_ROUNDS = 3;
/** Declaration keywords and types before a name are short; longer line prefixes are not declarations. */
const MAX_PREFIX = 200;

const KEYWORDS = new Set([
  'await', 'async', 'const', 'final', 'var', 'let', 'new', 'return', 'this', 'super', 'true', 'false', 'null', 'undefined',
  'static', 'late', 'void', 'function', 'if', 'else', 'typeof', 'in', 'of', 'as', 'is',
]);

const DART_DECLARATION = /^[ \t]*(?:@\w+[ \t]+)*(?:(?:static|late|const|final|var)[ \t]+)+(?:[A-Za-z_$][\w$<>?,. \[\]]*[ \t]+)?$|^[ \t]*(?:static[ \t]+)?(?:[A-Z][\w$<>?,. \[\]]*|int|double|num|bool)[ \t]+$/;
const JS_DECLARATION = /^[ \t]*(?:const|let|var)[ \t]+$/;

interface Declaration {
  name: string;
  nameStart: number;
  /** The whole declaration statement. */
  start: number;
  end: number;
  initializer: Span;
}

/**
 * Edits removing the declarations that `removed` (ranges the fix deletes or replaces) leaves without a
 * use, following initializers: a removed declaration may orphan the constants it read.
 */
export function orphanedDeclarationRemovals(view: CodeView, syntax: DeclarationSyntax, removed: readonly Span[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const gone: Span[] = [...removed];
  let scanFrom: readonly Span[] = removed;
  for (let round = 0; round < MAX_ROUNDS && scanFrom.length > 0; round++) {
    const next: Span[] = [];
    for (const name of identifiersIn(view.masked, scanFrom)) {
      const declaration = cached(view, `d:${syntax}:${name}`, () => declarationOf(view, syntax, name));
      if (!declaration || gone.some((r) => r.start <= declaration.nameStart && declaration.nameStart < r.end)) continue;
      if (!isFilePrivate(view, syntax, declaration)) continue;
      const uses = cached(view, `o:${name}`, () => occurrences(view.text, name)).filter((o) => o !== declaration.nameStart);
      if (uses.length === 0 || !uses.every((o) => gone.some((r) => r.start <= o && o < r.end))) continue;
      const edit = removeCode(view.text, view.masked, declaration.start, declaration.end, { attachedComments: true });
      if (gone.some((r) => r.start < edit.end && edit.start < r.end)) continue;
      edits.push(edit);
      gone.push({ start: edit.start, end: edit.end });
      next.push(declaration.initializer);
    }
    scanFrom = next;
  }
  return edits;
}

/** Declarations and name uses looked up per file: every finding of a file asks about the same names. */
const lookups = new WeakMap<CodeView, Map<string, unknown>>();

function cached<T>(view: CodeView, key: string, compute: () => T): T {
  let table = lookups.get(view);
  if (!table) lookups.set(view, (table = new Map()));
  if (!table.has(key)) table.set(key, compute());
  return table.get(key) as T;
}

function identifiersIn(masked: string, spans: readonly Span[]): string[] {
  const names = new Set<string>();
  for (const span of spans) {
    const word = /[A-Za-z_$][\w$]*/g;
    const text = masked.slice(span.start, span.end);
    for (let m = word.exec(text); m && names.size < MAX_NAMES; m = word.exec(text)) {
      if (!KEYWORDS.has(m[0]) && text[m.index - 1] !== '.') names.add(m[0]);
    }
  }
  return [...names];
}

/** Offsets where `name` is written as a word in the raw text (code, strings and comments alike). */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  // `$name` counts too: a Dart or template-string interpolation is a use (in JS it may be another name; counting it only keeps a declaration).
  const pattern = new RegExp(`(?<!\\w)${escapeRegExp(name)}(?![\\w$])`, 'g');
  for (let m = pattern.exec(text); m && found.length < 1000; m = pattern.exec(text)) found.push(m.index);
  return found;
}

/** The single-name declaration statement of `name` (`const X = …;`, `final ByteData data = …;`). */
function declarationOf(view: CodeView, syntax: DeclarationSyntax, name: string): Declaration | undefined {
  return variableDeclarationOf(view, syntax, name) ?? functionDeclarationOf(view, syntax, name);
}

const DART_FUNCTION_PREFIX = /^[ \t]*(?:static[ \t]+)?[A-Za-z_$][\w$<>?, \[\]]*[ \t]+$/;
const JS_FUNCTION_PREFIX = /^[ \t]*(?:async[ \t]+)?function[ \t]*\*?[ \t]*$/;

/** `bool _accept(X509Certificate c) => true;`, `bool _accept(…) { … }`, `function accept(…) { … }`. */
function functionDeclarationOf(view: CodeView, syntax: DeclarationSyntax, name: string): Declaration | undefined {
  const masked = view.masked;
  const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}[ \\t]*\\(`, 'g');
  const prefix = syntax === 'dart' ? DART_FUNCTION_PREFIX : JS_FUNCTION_PREFIX;
  let tries = 0;
  for (let m = pattern.exec(masked); m && tries < 20; m = pattern.exec(masked), tries++) {
    const lineStart = masked.lastIndexOf('\n', m.index - 1) + 1;
    const head = masked.slice(lineStart, m.index);
    if (head.length > MAX_PREFIX || !prefix.test(head) || /^\s*(?:return|await|new|else|throw)\b/.test(head)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(masked, open);
    if (close < 0) return undefined;
    let p = close + 1;
    while (p < masked.length && /\s/.test(masked[p])) p++;
    if (masked.startsWith('async', p)) p = skipBlank(masked, p + 5);
    let end: number;
    if (masked[p] === '{') {
      const bodyEnd = matchingBracket(masked, p);
      if (bodyEnd < 0) return undefined;
      end = bodyEnd + 1;
    } else if (syntax === 'dart' && masked.startsWith('=>', p)) {
      end = declarationEnd(masked, p + 2, syntax);
      if (end < 0) return undefined;
    } else continue;
    return { name, nameStart: m.index, start: lineStart, end, initializer: { start: open, end } };
  }
  return undefined;
}

function skipBlank(masked: string, from: number): number {
  let p = from;
  while (p < masked.length && /\s/.test(masked[p])) p++;
  return p;
}

function variableDeclarationOf(view: CodeView, syntax: DeclarationSyntax, name: string): Declaration | undefined {
  const masked = view.masked;
  const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}[ \\t]*(?::[^=;\\n]{1,100})?=(?![=>])`, 'g');
  const prefix = syntax === 'dart' ? DART_DECLARATION : JS_DECLARATION;
  let tries = 0;
  for (let m = pattern.exec(masked); m && tries < 20; m = pattern.exec(masked), tries++) {
    if (syntax === 'dart' && m[0].includes(':')) continue;
    const lineStart = masked.lastIndexOf('\n', m.index - 1) + 1;
    if (m.index - lineStart > MAX_PREFIX || !prefix.test(masked.slice(lineStart, m.index))) continue;
    const initializerStart = m.index + m[0].length;
    const end = declarationEnd(masked, initializerStart, syntax);
    if (end < 0) return undefined;
    const initializerEnd = masked[end - 1] === ';' ? end - 1 : end;
    return { name, nameStart: m.index, start: lineStart + (masked.slice(lineStart, m.index).length - masked.slice(lineStart, m.index).trimStart().length), end, initializer: { start: initializerStart, end: initializerEnd } };
  }
  return undefined;
}

/** End of a declaration whose initializer starts at `from` (past its `;`), or -1 for `a = 1, b = 2` and unbalanced code. */
function declarationEnd(masked: string, from: number, syntax: DeclarationSyntax): number {
  let depth = 0;
  const limit = Math.min(masked.length, from + 20_000);
  for (let i = from; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return -1;
      depth--;
    } else if (depth === 0) {
      if (c === ';') return i + 1;
      if (c === ',') return -1;
      if (c === '\n' && syntax === 'js') {
        const before = previousNonSpace(masked, i);
        let next = i;
        while (next < masked.length && /\s/.test(masked[next])) next++;
        if (!/[-+*/%&|=<>?:.(,[]/.test(masked[before] ?? '') && !/[.+\-*/?:&|[(`]/.test(masked[next] ?? '')) return i;
      }
    }
  }
  return syntax === 'js' && limit === masked.length ? limit : -1;
}

/** Whether no other file can use the declaration. */
function isFilePrivate(view: CodeView, syntax: DeclarationSyntax, declaration: Declaration): boolean {
  const open = enclosingOpen(view, declaration.start);
  const inFunction = open >= 0 && view.masked[open] === '{' && isFunctionBlock(view.masked, open);
  if (syntax === 'dart') return declaration.name.startsWith('_') || inFunction;
  if (inFunction) return true;
  if (open >= 0) return false;
  // Module level: private in an ES or CommonJS module (a classic script's top-level names are globals).
  return /^[ \t]*(?:import|export)\b|\brequire\s*\(|\bmodule\.exports\b/m.test(view.masked);
}

/** A `{` that opens a function body or a block inside one: after `)`, `=>`, `async`, `else`, `try`, … */
function isFunctionBlock(masked: string, open: number): boolean {
  const p = previousNonSpace(masked, open);
  if (p < 0) return false;
  if (masked[p] === ')' || masked[p] === '*' || (masked[p] === '>' && masked[p - 1] === '=')) return true;
  const word = /[\w$]+$/.exec(masked.slice(Math.max(0, p - 10), p + 1))?.[0];
  return word !== undefined && ['async', 'sync', 'else', 'try', 'finally', 'do'].includes(word);
}

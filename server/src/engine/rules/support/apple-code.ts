/**
 * Structural helpers for Swift and Objective-C rules, over a CodeView's masked text: dictionary
 * keys of values (`"host": value`, `@"host" : value`), the name a literal is assigned to, the
 * enclosing function body, and string values of constants written in the same file.
 */
import type { CodeView } from '../../lexer/code-view';
import { escapeRegExp, expressionEnd, findInitializer, previousNonSpace, skipSpace, splitArguments, type Span } from './code-syntax';

/** Most constructs one rule examines in a file; real files have a handful, hostile ones are cut off. */
export const MAX_OCCURRENCES = 1000;
/** How many enclosing brackets a lookup walks through before giving up. */
const MAX_WALK = 256;
/** Largest collection literal whose elements are read (a pin list is never near this). */
const MAX_COLLECTION_SPAN = 20_000;
/** Distinct names a file's constants are looked up for; bounds work on hostile input. */
const MAX_LOOKUPS = 64;

/**
 * Bracket structure of a masked text, built once per code view in one linear pass: for every
 * opening bracket its closing bracket and its parent, so enclosing-bracket queries need no rescans.
 */
class BracketIndex {
  readonly opens: number[] = [];
  readonly closes: number[] = [];
  readonly parents: number[] = [];
  readonly headerIsFunction = new Map<number, boolean>();
  readonly initializers = new Map<string, Span | undefined>();
  readonly variableKeys = new Map<string, DictionaryKey[]>();

  constructor(masked: string) {
    const stack: number[] = [];
    for (let i = 0; i < masked.length; i++) {
      const c = masked.charCodeAt(i);
      if (c === 40 || c === 91 || c === 123) {
        // ( [ {
        stack.push(this.opens.length);
        this.parents.push(stack.length > 1 ? stack[stack.length - 2] : -1);
        this.opens.push(i);
        this.closes.push(-1);
      } else if (c === 41 || c === 93 || c === 125) {
        // ) ] }: close the innermost bracket when it is of the same kind, else ignore the stray closer
        const top = stack[stack.length - 1];
        if (top !== undefined && masked.charCodeAt(this.opens[top]) === (c === 41 ? 40 : c - 2)) {
          this.closes[top] = i;
          stack.pop();
        }
      }
    }
  }

  /** Number of opening brackets before `offset` (binary search). */
  private countBefore(offset: number): number {
    let lo = 0;
    let hi = this.opens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.opens[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index (into `opens`) of the innermost bracket enclosing `offset`, or -1. */
  enclosing(offset: number): number {
    let id = this.countBefore(offset) - 1;
    for (let steps = 0; id !== -1 && steps < MAX_WALK; steps++) {
      const close = this.closes[id];
      if (close === -1 || close >= offset) return id;
      id = this.parents[id];
    }
    return -1;
  }

  closeOf(open: number): number {
    const id = this.countBefore(open);
    return this.opens[id] === open ? this.closes[id] : -1;
  }
}

const INDEXES = new WeakMap<CodeView, BracketIndex>();

function indexOf(view: CodeView): BracketIndex {
  let index = INDEXES.get(view);
  if (!index) {
    index = new BracketIndex(view.masked);
    INDEXES.set(view, index);
  }
  return index;
}

/** Offset of the unmatched `(`, `[` or `{` that encloses `offset`, or -1. */
export function enclosingOpen(view: CodeView, offset: number): number {
  const index = indexOf(view);
  const id = index.enclosing(offset);
  return id === -1 ? -1 : index.opens[id];
}

/** Offset of the bracket closing the one at `open`, or -1 (O(1) after the index is built). */
export function closingBracket(view: CodeView, open: number): number {
  return indexOf(view).closeOf(open);
}

export interface Resolved {
  /** The value when it is a literal or a constant of this file; else the expression as written. */
  value: string;
  /** Whether `value` is a string value (not just source text). */
  literal: boolean;
  /** Where the string's value is written (the literal, or the constant's literal), when `literal`. */
  range?: { start: number; end: number };
}

/** The string an expression stands for: a literal, or a constant of this file initialised with one. */
export function resolveString(view: CodeView, span: Span): Resolved {
  const literal = view.stringsIn(span.start, span.end).find((s) => !s.interpolated);
  const written = view.text.slice(span.start, span.end).trim();
  if (literal && view.masked.slice(span.start, span.end).trim().replace(/^@/, '').startsWith('"')) {
    return { value: literal.value, literal: true, range: { start: literal.valueStart, end: literal.valueEnd } };
  }
  const name = /^(?:self\.|Self\.|[A-Z]\w*\.)?([A-Za-z_]\w*)$/.exec(written)?.[1];
  if (name) {
    const initializer = constantInitializer(view, name);
    if (initializer) {
      const token = view.stringsIn(initializer.start, initializer.end).find((s) => !s.interpolated);
      const first = view.masked.slice(initializer.start, initializer.end).trim().replace(/^@/, '');
      if (token && first.startsWith('"')) return { value: token.value, literal: true, range: { start: token.valueStart, end: token.valueEnd } };
    }
  }
  return { value: written.replace(/\s+/g, ' '), literal: false };
}

/**
 * The initializer of a constant or variable named `name` in this file: the shared forms
 * (`let`, `var`, `static let`) and Objective-C ones (`NSString *const NAME = …`, `#define NAME …`).
 */
export function constantInitializer(view: CodeView, name: string): Span | undefined {
  const memo = indexOf(view).initializers;
  if (memo.has(name)) return memo.get(name);
  if (memo.size >= MAX_LOOKUPS) return undefined;
  const found = lookUpInitializer(view, name);
  memo.set(name, found);
  return found;
}

function lookUpInitializer(view: CodeView, name: string): Span | undefined {
  const shared = findInitializer(view, name);
  if (shared) return shared;
  if (!/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const masked = view.masked;
  // Swift declarations with a type annotation the shared helper does not read: `let x: [String: Any] = …`.
  const typed = new RegExp(`\\b(?:let|var)\\s+${escapeRegExp(name)}\\s*:[^=\\n]{1,160}=(?!=)`).exec(masked);
  if (typed) {
    const start = skipSpace(masked, typed.index + typed[0].length);
    return { start, end: expressionEnd(masked, start) };
  }
  const objc = new RegExp(`(?:\\*\\s*(?:const\\s+)?|#define\\s+)${escapeRegExp(name)}\\b\\s*=?`, 'g');
  for (let m = objc.exec(masked); m; m = objc.exec(masked)) {
    const start = skipSpace(masked, m.index + m[0].length);
    if (!m[0].endsWith('=') && !m[0].startsWith('#')) continue;
    const lineEnd = masked.indexOf('\n', start);
    const end = m[0].startsWith('#') ? (lineEnd === -1 ? masked.length : lineEnd) : expressionEnd(masked, start);
    if (end > start) return { start, end };
  }
  return undefined;
}

export interface DictionaryKey {
  /** The key's value (literal or resolved constant), or its source text. */
  key: Resolved;
  /** Offsets of the key expression. */
  start: number;
  end: number;
}

/**
 * When the expression starting at `valueStart` is the value of a dictionary entry, its key.
 * The entry must sit directly in a dictionary literal (Swift `[k: v]`, Objective-C `@{k : v}`),
 * so argument labels (`f(host: v)`) are never taken for keys.
 */
export function dictionaryKeyOf(view: CodeView, valueStart: number): DictionaryKey | undefined {
  const masked = view.masked;
  const colon = previousNonSpace(masked, valueStart);
  if (masked[colon] !== ':' || masked[colon - 1] === ':') return undefined;
  const open = enclosingOpen(view, colon);
  if (open === -1) return undefined;
  const isSwiftDict = masked[open] === '[';
  const isObjcDict = masked[open] === '{' && masked[open - 1] === '@';
  if (!isSwiftDict && !isObjcDict) return undefined;
  // The key is the text between the previous top-level separator and the colon.
  let keyStart = open + 1;
  let depth = 0;
  for (let i = colon - 1; i > open; i--) {
    const c = masked[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') depth--;
    else if (c === ',' && depth === 0) {
      keyStart = i + 1;
      break;
    }
  }
  const start = skipSpace(masked, keyStart);
  const end = previousNonSpace(masked, colon) + 1;
  if (end <= start) return undefined;
  // A ternary `a ? b : c` is not an entry.
  if (/\?\s/.test(masked.slice(start, end))) return undefined;
  return { key: resolveString(view, { start, end }), start, end };
}

/**
 * The variable a value is assigned to when the value starts at `valueStart` right after `=`:
 * `let evaluator = X(…)`, `let policy: [String: Any] = [...]`, `NSDictionary *policy = @{…}`.
 */
export function assignedName(masked: string, valueStart: number): string | undefined {
  const before = masked.slice(Math.max(0, valueStart - 240), valueStart);
  const m = /\b([A-Za-z_]\w*)\s*(?::\s*[^=;{}\n]{1,120})?=\s*$/.exec(before);
  if (!m || /^(?:return|case|if|guard|while)$/.test(m[1])) return undefined;
  // Not `==`, `!=`, `<=`, `>=`.
  const eq = before.lastIndexOf('=');
  if (/[=!<>]/.test(before[eq - 1] ?? '')) return undefined;
  return m[1];
}

/** Keys of dictionary entries whose value is exactly the variable `name` (`"host": name`). */
export function keysOfVariable(view: CodeView, name: string): DictionaryKey[] {
  const memo = indexOf(view).variableKeys;
  const known = memo.get(name);
  if (known) return known;
  if (memo.size >= MAX_LOOKUPS) return [];
  const keys = lookUpKeysOfVariable(view, name);
  memo.set(name, keys);
  return keys;
}

function lookUpKeysOfVariable(view: CodeView, name: string): DictionaryKey[] {
  const masked = view.masked;
  const use = new RegExp(`:\\s*(?:self\\.)?${escapeRegExp(name)}\\b(?!\\s*[.(\\[])`, 'g');
  const keys: DictionaryKey[] = [];
  let count = 0;
  for (let m = use.exec(masked); m && count < 100; m = use.exec(masked), count++) {
    const valueStart = skipSpace(masked, m.index + 1);
    const key = dictionaryKeyOf(view, valueStart);
    if (key) keys.push(key);
  }
  return keys;
}

/** The host(s) a value stands for: its own dictionary key, or the keys of the variable it is assigned to. */
export function hostsOfValue(view: CodeView, valueStart: number): string[] {
  const own = dictionaryKeyOf(view, valueStart);
  if (own) return [own.key.value];
  const name = assignedName(view.masked, valueStart);
  if (!name) return [];
  return keysOfVariable(view, name).map((k) => k.key.value);
}

export const UNRESOLVED_HOST = '(host not resolved)';

export function hostLabel(hosts: readonly string[]): string {
  const unique = [...new Set(hosts)];
  return unique.length ? unique.join(', ') : UNRESOLVED_HOST;
}

/** Elements of the collection literal whose bracket is at `open` (Swift `[`, Objective-C `@[`); empty when unclosed or huge. */
export function collectionElements(view: CodeView, open: number): Span[] {
  const close = closingBracket(view, open);
  if (close === -1 || close - open > MAX_COLLECTION_SPAN) return [];
  return splitArguments(view.masked, open, close);
}

/**
 * The body of the function or method that encloses `offset`: the innermost `{` whose header is a
 * Swift `func`/`init` or an Objective-C method/C function. Closures and blocks are looked through.
 * When none is found, the outermost enclosing block; when there is none, undefined.
 */
export function enclosingFunctionBody(view: CodeView, offset: number): (Span & { closed: boolean }) | undefined {
  const index = indexOf(view);
  const masked = view.masked;
  let outermost = -1;
  let id = index.enclosing(offset);
  for (let steps = 0; id !== -1 && steps < MAX_WALK; steps++, id = index.parents[id]) {
    const open = index.opens[id];
    if (masked[open] !== '{') continue;
    outermost = id;
    let isFunction = index.headerIsFunction.get(open);
    if (isFunction === undefined) {
      isFunction = isFunctionHeader(headerBefore(masked, open));
      index.headerIsFunction.set(open, isFunction);
    }
    if (isFunction) break;
  }
  if (outermost === -1) return undefined;
  const close = index.closes[outermost];
  return { start: index.opens[outermost], end: close === -1 ? masked.length : close + 1, closed: close !== -1 };
}

/** The text of the declaration header that ends at the `{` at `open` (bounded). */
function headerBefore(masked: string, open: number): string {
  const from = Math.max(0, open - 1000);
  let start = from;
  for (let i = open - 1; i >= from; i--) {
    const c = masked[i];
    if (c === ';' || c === '{' || c === '}') {
      start = i + 1;
      break;
    }
  }
  return masked.slice(start, open);
}

function isFunctionHeader(header: string): boolean {
  if (/\b(?:func|init|deinit)\b/.test(header)) return true;
  if (/(?:^|\n)\s*[-+]\s*\(/.test(header)) return true; // Objective-C method
  // A C function definition: `type name(params)` with no control keyword and no block caret.
  return (
    /\)\s*$/.test(header) &&
    !/[\^.=]/.test(header) &&
    !/\b(?:if|for|while|switch|catch|else|do|return)\b/.test(header) &&
    /\b[A-Za-z_]\w*[\s*]+[A-Za-z_]\w*\s*\(/.test(header)
  );
}

/**
 * Small structural helpers over a CodeView's masked text. Because comments and string contents are
 * blanked in `masked`, bracket matching and argument splitting here cannot be fooled by them.
 */
import type { CodeView, StringToken } from '../../lexer/code-view';

const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Longest bracketed span the helpers follow; keeps work bounded on huge or unbalanced input. */
const MAX_BRACKET_SPAN = 100_000;

/** Index of the bracket closing the one at `open`, or -1 when it is not closed (within bounds). */
export function matchingBracket(masked: string, open: number): number {
  const stack: string[] = [];
  const limit = Math.min(masked.length, open + MAX_BRACKET_SPAN);
  for (let i = open; i < limit; i++) {
    const c = masked[i];
    const close = OPEN_TO_CLOSE[c];
    if (close) stack.push(close);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

export interface Span {
  start: number;
  end: number;
}

/** Top-level comma-separated argument spans inside the brackets at [open, close], trimmed. */
export function splitArguments(masked: string, open: number, close: number): Span[] {
  const args: Span[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i <= close; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && i !== close) depth--;
    if ((c === ',' && depth === 0) || i === close) {
      const span = trimSpan(masked, start, i);
      if (span.end > span.start) args.push(span);
      start = i + 1;
    }
  }
  return args;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** First non-space offset at or after `from` in masked text (comments are already spaces). */
export function skipSpace(masked: string, from: number): number {
  let i = from;
  while (i < masked.length && /\s/.test(masked[i])) i++;
  return i;
}

/** Last non-space offset before `from`, or -1. */
export function previousNonSpace(masked: string, from: number): number {
  let i = from - 1;
  while (i >= 0 && /\s/.test(masked[i])) i--;
  return i;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Where the value of a named constant or variable of this file is written: the span of its
 * initializer. Handles `const val X =`, `val X =`, `static final String X =`, `let X =`,
 * `const X =`, `final X =`, `String X =` and similar single-assignment declarations.
 */
export function findInitializer(view: CodeView, name: string): Span | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  const masked = view.masked;
  const declaration = new RegExp(
    `(?:\\b(?:val|var|let|const|final|static|String|string|NSString\\s*\\*|def)\\s+|[\\]>?]\\s+)${escapeRegExp(name)}\\b\\s*(?::\\s*[\\w.<>?\\[\\]]+\\s*)?=(?!=)`,
    'g',
  );
  const m = declaration.exec(masked);
  if (!m) return undefined;
  const start = skipSpace(masked, m.index + m[0].length);
  return { start, end: expressionEnd(masked, start) };
}

/**
 * The first offset at or after `start` that is outside brackets opened from `start` on and where
 * `stopsAt` holds, or that holds a bracket closing one opened before `start`; -1 when there is none
 * within MAX_BRACKET_SPAN. `stopsAt` is only asked about offsets that hold no bracket.
 */
export function topLevelStop(masked: string, start: number, stopsAt: (offset: number) => boolean): number {
  let depth = 0;
  const limit = Math.min(masked.length, start + MAX_BRACKET_SPAN);
  for (let i = start; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && stopsAt(i)) return i;
  }
  return -1;
}

/** End of the expression starting at `start`: the first top-level `;`, `,` closing bracket or line end. */
export function expressionEnd(masked: string, start: number): number {
  const end = topLevelStop(masked, start, (i) => {
    const c = masked[i];
    if (c === ';' || c === ',') return true;
    if (c !== '\n') return false;
    // A line that ends with an operator or a dot chain continues the expression.
    const next = skipSpace(masked, i);
    const before = previousNonSpace(masked, i);
    return !/[+.(,=]/.test(masked[before] ?? '') && masked[next] !== '.' && masked[next] !== '+';
  });
  return end === -1 ? Math.min(masked.length, start + MAX_BRACKET_SPAN) : end;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The string values an argument evaluates to, as far as can be told from this file: literals
 * written in it (including inside `arrayOf(…)`, `listOf(…)`, `new String[]{…}`) and, for a bare
 * identifier (optionally spread with `*` or `...`), the literals of the constant it names.
 */
export function argumentStrings(view: CodeView, span: Span, depth = 0): StringToken[] {
  const literals = view.stringsIn(span.start, span.end).filter((s) => !s.interpolated);
  if (literals.length > 0 || depth > 2) return literals;
  const written = view.masked.slice(span.start, span.end).trim();
  const name = /^(?:\*|\.\.\.)?\s*([A-Za-z_$][\w$]*)(?:\.(?:toTypedArray|toArray)\(\s*\))?$/.exec(written)?.[1];
  const qualified = /^[A-Za-z_$][\w$]*\.([A-Za-z_$][\w$]*)$/.exec(written)?.[1];
  const initializer = findInitializer(view, name ?? qualified ?? '');
  return initializer ? argumentStrings(view, initializer, depth + 1) : [];
}

/** The source text of a span, for messages when a value cannot be resolved. */
export function spanText(view: CodeView, span: Span): string {
  return view.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

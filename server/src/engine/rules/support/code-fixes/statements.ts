/**
 * Telling whether an expression is a whole statement in C-family syntax (Dart, JS/TS, Go), so a fix
 * can delete it without changing the meaning of what surrounds it: `x.y = v;` alone in a block may go,
 * the body of an `if (…)` without braces, an arrow body or an operand may not.
 */
import type { CodeView } from '../../../lexer/code-view';
import { enclosingOpen } from '../callbacks';
import { matchingBracket, previousNonSpace, type Span } from '../code-syntax';

/** Dart needs `;`; JS/TS and Go end statements at line breaks too. */
export type StatementSyntax = 'dart' | 'js' | 'go';

const CONTROL_HEADER = /\b(?:if|for|while|with|switch|catch|foreach)\s*$/;
/** Words after which a line break does not end a statement. */
const CONTINUING_WORDS = new Set(['else', 'do', 'return', 'throw', 'yield', 'await', 'typeof', 'new', 'case', 'in', 'of', 'instanceof', 'void', 'delete', 'extends', 'is', 'as']);

/**
 * The range of the statement formed by the expression [start, end) alone (after an optional `await`,
 * through its `;`), or undefined when the expression is part of something larger.
 */
export function expressionStatement(view: CodeView, syntax: StatementSyntax, start: number, end: number): Span | undefined {
  const masked = view.masked;
  let from = start;
  const before = previousNonSpace(masked, start);
  if (before >= 4 && masked.slice(before - 4, before + 1) === 'await' && !/[\w$]/.test(masked[before - 5] ?? '')) from = before - 4;
  if (!startsStatement(view, syntax, from)) return undefined;
  let p = end;
  while (p < masked.length && (masked[p] === ' ' || masked[p] === '\t')) p++;
  if (masked[p] === ';') return { start: from, end: p + 1 };
  if (syntax === 'dart') return undefined;
  if (p >= masked.length || masked[p] === '}') return { start: from, end };
  if (masked[p] !== '\n' && masked[p] !== '\r') return undefined;
  // A line break ends it unless the next line continues the expression.
  let q = p;
  while (q < masked.length && /\s/.test(masked[q])) q++;
  if (q < masked.length && /[([.+\-*/%`?:=&|,<>]/.test(masked[q])) return undefined;
  return { start: from, end };
}

/** Whether a statement can begin at `offset`: after `;`, `{`, `}`, the file start, or (JS, Go) a finished line. */
export function startsStatement(view: CodeView, syntax: StatementSyntax, offset: number): boolean {
  const masked = view.masked;
  const p = previousNonSpace(masked, offset);
  if (p < 0) return true;
  const c = masked[p];
  if (c === ';' || c === '}') return true;
  if (c === '{') return !isObjectOrMapLiteral(view, p);
  if (syntax === 'dart' || !/\n/.test(masked.slice(p, offset))) return false;
  if (c === ')') {
    const open = enclosingOpen(view, p);
    return open >= 0 && !CONTROL_HEADER.test(masked.slice(Math.max(0, open - 12), open));
  }
  if (/[\w$]/.test(c)) {
    const word = /[\w$]+$/.exec(masked.slice(Math.max(0, p - 20), p + 1))?.[0] ?? '';
    return !CONTINUING_WORDS.has(word);
  }
  return c === ']' || c === '"' || c === "'" || c === '`';
}

/** `{` of an object or map literal rather than a block: it follows `=`, `(`, `,`, `:`, `[`, `return` or `=>`. */
function isObjectOrMapLiteral(view: CodeView, open: number): boolean {
  const masked = view.masked;
  const p = previousNonSpace(masked, open);
  if (p < 0) return false;
  if ('=(,:[?'.includes(masked[p])) return !(masked[p] === '>' && masked[p - 1] === '=');
  return /\breturn$/.test(masked.slice(Math.max(0, p - 6), p + 1));
}

/**
 * Start of the member chain that ends just before `offset`: `process.env.` before a name,
 * `this._client.` or `obj['key']`. Returns `offset` when nothing qualifies the name.
 */
export function memberChainStart(view: CodeView, offset: number): number {
  const masked = view.masked;
  let start = offset;
  for (let n = 0; n < 24; n++) {
    const p = previousNonSpace(masked, start);
    if (p < 0) break;
    if (masked[p] === '.' && masked[p - 1] !== '.') {
      const q = previousNonSpace(masked, p);
      if (masked[q] === '?' || masked[q] === '!') {
        start = elementStart(view, previousNonSpace(masked, q)) ?? start;
        if (start === offset) break;
        continue;
      }
      const element = elementStart(view, q);
      if (element === undefined) break;
      start = element;
      continue;
    }
    if (masked[p] === '[' && start === offset) {
      // `obj['name']`: the name sits inside the index brackets.
      const element = elementStart(view, previousNonSpace(masked, p));
      if (element === undefined) break;
      start = element;
      continue;
    }
    break;
  }
  return start;
}

/** Start of the chain element ending at `last`: a name, or a call/index ending with `)`/`]` and its callee. */
function elementStart(view: CodeView, last: number): number | undefined {
  const masked = view.masked;
  if (last < 0) return undefined;
  if (masked[last] === ')' || masked[last] === ']') {
    const open = enclosingOpen(view, last);
    if (open < 0 || matchingBracket(masked, open) !== last) return undefined;
    const name = /[\w$]+$/.exec(masked.slice(Math.max(0, open - 100), open));
    return name ? open - name[0].length : open;
  }
  const name = /[A-Za-z_$][\w$]*$/.exec(masked.slice(Math.max(0, last - 100), last + 1));
  return name ? last + 1 - name[0].length : undefined;
}

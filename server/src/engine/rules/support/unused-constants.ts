/**
 * Constants a fix leaves unused: when a removed statement was the only user of a constant that
 * holds literals (a pin, a host, a list of pins), its declaration goes too, so no hardcoded pin is
 * left behind. Swift (`let`), Objective-C (`NSString *const`) and C# (`const string`,
 * `static readonly string[]`) declarations written as statements of their own.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { closingBracket, constantInitializer } from './apple-code';
import { standaloneStatement, statementRemovalEdit, usesOutside, withLeadingComments } from './apple-statements';
import { escapeRegExp, expressionEnd, previousNonSpace, type Span } from './code-syntax';

/** Names looked at per fix; the removed code of one fix names a handful. */
const MAX_NAMES = 40;

/** An initializer made of string literals only: `"…"`, `["…", "…"]`, `@[@"…"]`, `{ "…" }`, `new[] { "…" }`. */
function literalsOnly(masked: string, span: Span): boolean {
  const code = masked.slice(span.start, span.end).replace(/"[^"\n]*"/g, '');
  return /"/.test(masked.slice(span.start, span.end)) && /^(?:\s|[@[\]{},;]|new\b|string\b|String\b)*$/.test(code);
}

/** The declaration statement of `name` whose initializer is `init`, or undefined. */
function declarationOf(view: CodeView, name: string, init: Span): Span | undefined {
  const masked = view.masked;
  const equals = previousNonSpace(masked, init.start);
  if (masked[equals] !== '=') return undefined;
  const nameAt = masked.lastIndexOf(name, equals);
  if (nameAt === -1) return undefined;
  const lineStart = masked.lastIndexOf('\n', nameAt - 1) + 1;
  const head = /^([ \t]*)([\w@<>[\],.?* \t]*?)$/.exec(masked.slice(lineStart, nameAt));
  // At least one word before the name (a keyword or a type): a declaration, not an assignment.
  if (!head || !/\w/.test(head[2]) || /\.\s*$/.test(head[2])) return undefined;
  if (!/^\s*(?::[^=\n]{1,160})?$/.test(masked.slice(nameAt + name.length, equals))) return undefined;
  let start = init.start;
  if (masked[start] === '@') start++;
  let end: number;
  if ('[{('.includes(masked[start])) {
    const close = closingBracket(view, start);
    if (close === -1) return undefined;
    end = close + 1;
  } else {
    end = view.stringAt(init.start)?.end ?? expressionEnd(masked, init.start);
  }
  return standaloneStatement(view, lineStart + head[1].length, end);
}

/**
 * Edits removing the declarations of literal constants that the code in `removed` used and
 * nothing else uses. `removed` are the ranges the fix deletes.
 */
export function unusedConstantRemovals(view: CodeView, removed: readonly Span[]): TextEdit[] {
  const masked = view.masked;
  const names = new Set<string>();
  for (const span of removed) {
    const words = masked.slice(span.start, span.end).match(/\b[A-Za-z_]\w*\b/g) ?? [];
    for (const word of words) if (names.size < MAX_NAMES) names.add(word);
  }
  const edits: TextEdit[] = [];
  const taken: Span[] = [...removed];
  for (const name of names) {
    const init = constantInitializer(view, name);
    if (!init || taken.some((s) => init.start >= s.start && init.start < s.end)) continue;
    const extended = extendToBlock(view, init);
    if (!literalsOnly(masked, extended)) continue;
    const declaration = declarationOf(view, name, extended);
    if (!declaration) continue;
    if (usesOutside(masked, new RegExp(`\\b${escapeRegExp(name)}\\b`), [...taken, declaration]).length > 0) continue;
    const withComments = withLeadingComments(view, declaration);
    edits.push(statementRemovalEdit(view, withComments));
    taken.push(withComments);
  }
  return edits;
}

/** An initializer whose value is a block on the next line (`Pins =` + newline + `{ … }`) extended to the block. */
function extendToBlock(view: CodeView, init: Span): Span {
  const masked = view.masked;
  if (masked[init.start] === '{' || masked[init.start] === '[' || (masked[init.start] === '@' && '[{'.includes(masked[init.start + 1]))) {
    const open = masked[init.start] === '@' ? init.start + 1 : init.start;
    const close = closingBracket(view, open);
    if (close !== -1) return { start: init.start, end: close + 1 };
  }
  return init;
}

/**
 * Whole statements of Swift and Objective-C code (and of C#, which shares the C-family statement
 * shape), for fixes that delete them: a call or assignment written as a statement of its own, the
 * declaration of a variable with its initializer, an import line; and tidying the blank lines a
 * deletion leaves.
 */
import type { CodeView } from '../../lexer/code-view';
import type { TextEdit } from '../../findings';
import { removalEdit, startsLine } from '../../fixes/text-ranges';
import { closingBracket } from './apple-code';
import { escapeRegExp, previousNonSpace, skipSpace, type Span } from './code-syntax';

/**
 * The span of the statement made of the expression [start, end): the expression and a `;` after
 * it, provided the expression begins a statement (at a line start, or after `;`, `{` or `}`) and
 * nothing but a `;` follows it on its line. Undefined otherwise (e.g. the body of a brace-less `if`).
 */
export function standaloneStatement(view: CodeView, start: number, end: number): Span | undefined {
  const masked = view.masked;
  if (!beginsStatement(masked, start)) return undefined;
  let stop = end;
  const semicolon = skipSpace(masked, end);
  if (masked[semicolon] === ';' && !masked.slice(end, semicolon).includes('\n')) stop = semicolon + 1;
  const lineEnd = masked.indexOf('\n', stop);
  const rest = masked.slice(stop, lineEnd === -1 ? masked.length : lineEnd);
  return rest.trim() === '' ? { start, end: stop } : undefined;
}

/** Keywords after which a line is the brace-less body of a control statement, or a returned value. */
const CONTINUES = /\b(?:else|do|return|in|try|await|throw)$/;
const CONTROL = /\b(?:if|while|for|switch|foreach)\s*$/;

/** Whether a statement begins at `start`: after `;`, `{` or `}`, or at a line start that does not continue the previous line. */
function beginsStatement(masked: string, start: number): boolean {
  const before = previousNonSpace(masked, start);
  if (before === -1) return true;
  const c = masked[before];
  if (';{}'.includes(c)) return true;
  if (!startsLine(masked, start) || !/[\w\])"'>?!]/.test(c)) return false;
  if (CONTINUES.test(masked.slice(Math.max(0, before - 10), before + 1))) return false;
  if (c === ')') {
    // `if (ready)` + newline + statement (C-family brace-less body).
    let depth = 0;
    for (let i = before; i >= Math.max(0, before - 2000); i--) {
      if (masked[i] === ')') depth++;
      else if (masked[i] === '(' && --depth === 0) return !CONTROL.test(masked.slice(Math.max(0, i - 12), i));
    }
    return false;
  }
  return true;
}

/** The edit deleting a standalone statement with the lines it alone occupies. */
export function statementRemovalEdit(view: CodeView, statement: Span): TextEdit {
  // A comment after the statement on its last line goes with it.
  let end = statement.end;
  const newline = view.masked.indexOf('\n', end);
  const lineEnd = newline === -1 ? view.masked.length : newline;
  if (view.masked.slice(end, lineEnd).trim() === '') end = view.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return removalEdit(view.text, statement.start, end);
}

/** Swift declaration keywords and modifiers that may precede `let`/`var`. */
const SWIFT_DECLARATION = /^(?:(?:@\w+|private|fileprivate|internal|public|open|static|class|final|lazy|private\(set\)|fileprivate\(set\)|nonisolated)\s+)*(?:let|var)\s+$/;
/** Objective-C: `NSDictionary *name`, `static NSDictionary<NSString *, id> * const name`. */
const OBJC_DECLARATION = /^(?:(?:static|const|extern|__strong|__weak)\s+)*[A-Za-z_]\w*(?:\s*<[^;{}=]{0,200}>)?\s*\*\s*(?:(?:const|_Nonnull|_Nullable|__strong)\s+)*$/;

/**
 * The statement declaring `name` with the initializer that starts at `valueStart` (a literal or a
 * call whose bracket is at `valueOpen`): `let name = [...] as [String: Any]`,
 * `let name: [String: Any] = [...]`, `NSDictionary *name = @{...};`. The declaration must be a
 * statement of its own. Undefined when it is written any other way.
 */
export function declarationStatement(view: CodeView, name: string, valueStart: number, valueOpen: number): Span | undefined {
  const masked = view.masked;
  const close = closingBracket(view, valueOpen);
  if (close === -1) return undefined;
  // The declaration's line: where the name before the `=` is (the value may start on the next line).
  const equals = previousNonSpace(masked, valueStart);
  if (masked[equals] !== '=') return undefined;
  const nameAt = masked.lastIndexOf(name, equals);
  if (nameAt === -1) return undefined;
  const lineStart = masked.lastIndexOf('\n', nameAt - 1) + 1;
  if (valueStart - lineStart > 2000) return undefined;
  const head = masked.slice(lineStart, valueStart);
  const m = new RegExp(`^([ \\t]*)(.*?)\\b${escapeRegExp(name)}\\s*(?::[^=\\n]{1,160})?=\\s*$`).exec(head);
  if (!m) return undefined;
  const keywords = m[2];
  if (!SWIFT_DECLARATION.test(keywords) && !OBJC_DECLARATION.test(keywords)) return undefined;
  const start = lineStart + m[1].length;
  // `] as [String: Any]` / `] as! [String: Any]` after a Swift literal.
  let end = close + 1;
  const cast = /^[ \t]*as[!?]?[ \t]*(?:\[[^\]\n]*\]|[A-Za-z_][\w.<>, :]*)/.exec(masked.slice(end, end + 200));
  if (cast) end += cast[0].replace(/\s+$/, '').length;
  return standaloneStatement(view, start, end);
}

/** Offsets where `pattern` matches the masked text outside `skip` ranges, within `range` (the whole text by default). */
export function usesOutside(masked: string, pattern: RegExp, skip: readonly Span[], range: Span = { start: 0, end: masked.length }): number[] {
  const uses: number[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  re.lastIndex = range.start;
  for (let m = re.exec(masked); m && m.index < range.end && uses.length < 1000; m = re.exec(masked)) {
    if (m[0].length === 0) re.lastIndex++;
    else if (!skip.some((s) => m!.index >= s.start && m!.index < s.end)) uses.push(m.index);
  }
  return uses;
}

/**
 * The edit deleting the import of `module`: Swift `import Module`, Objective-C `@import Module;`
 * and `#import <Module/…>` lines. Undefined when the file has no such import.
 */
export function moduleImportRemoval(view: CodeView, module: string): TextEdit | undefined {
  const q = escapeRegExp(module);
  const pattern = new RegExp(`^[ \\t]*(?:(?:@\\w+[ \\t]+)*import[ \\t]+${q}[ \\t]*$|@import[ \\t]+${q}[ \\t]*;|#(?:import|include)[ \\t]*<${q}/[^>\\n]+>)`, 'm');
  const m = pattern.exec(view.text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  // Not inside a comment: comments are blanked in the masked text.
  if (view.masked[start] !== view.text[start]) return undefined;
  return removalEdit(view.text, start, m.index + m[0].length);
}

/**
 * Whole-line deletions tidied the way an engineer would leave the code: where lines are deleted,
 * two blank lines that would meet become one, and a blank line that would follow a `{` line (or
 * the file start) or precede a `}` line (or the file end) goes too. Other edits are kept as they
 * are, and a blank line an edit touches is never deleted.
 */
export function tidyLineRemovals(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const isLineRemoval = (e: TextEdit): boolean =>
    e.newText === '' && e.end > e.start && (e.start === 0 || text[e.start - 1] === '\n') && (e.end === text.length || text[e.end - 1] === '\n');
  const removals = edits.filter(isLineRemoval);
  if (removals.length === 0) return [...edits];
  const others = edits.filter((e) => !isLineRemoval(e));

  // The lines around the removals (a few lines of margin each side) and which of them go.
  const from = linesBack(text, Math.min(...removals.map((r) => r.start)), TIDY_MARGIN);
  const to = linesForward(text, Math.max(...removals.map((r) => r.end)), TIDY_MARGIN);
  const lines: Span[] = [];
  for (let start = from; start < to && lines.length < MAX_TIDY_LINES; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ start, end });
    start = end;
  }
  if (lines.length >= MAX_TIDY_LINES) return [...edits];
  const atFileStart = from === 0;
  const atFileEnd = to >= text.length;
  const deleted = lines.map((line) => removals.some((r) => r.start <= line.start && line.end <= r.end));
  const blank = (i: number): boolean => text.slice(lines[i].start, lines[i].end).trim() === '';
  const opens = (i: number): boolean => /[{([]\s*$/.test(text.slice(lines[i].start, lines[i].end));
  const closes = (i: number): boolean => /^\s*[})\]]/.test(text.slice(lines[i].start, lines[i].end));
  const touched = (i: number): boolean => others.some((o) => o.start <= lines[i].end && lines[i].start <= o.end);

  const extra: TextEdit[] = [];
  const kept = lines.map((_, i) => i).filter((i) => !deleted[i]);
  // Each place where lines went: between kept[k - 1] and kept[k].
  for (let k = 0; k <= kept.length; k++) {
    const before = k > 0 ? kept[k - 1] : -1;
    // Places at the window's edge that are not the file's are out of reach: the margin covers them.
    if ((k === 0 && !atFileStart) || (k === kept.length && !atFileEnd)) continue;
    const after = k < kept.length ? kept[k] : lines.length;
    if (!deleted.slice(before + 1, after).some(Boolean)) continue;
    for (let guard = 0; guard < 3; guard++) {
      const a = k > 0 ? kept[k - 1] : undefined;
      const b = k < kept.length ? kept[k] : undefined;
      const aBlank = a !== undefined && blank(a);
      const bBlank = b !== undefined && blank(b);
      if (bBlank && (aBlank || a === undefined || opens(a)) && !touched(b!)) {
        extra.push({ ...lines[b!], newText: '' });
        kept.splice(k, 1);
      } else if (aBlank && (b === undefined || closes(b)) && !touched(a!)) {
        extra.push({ ...lines[a!], newText: '' });
        kept.splice(k - 1, 1);
        k--;
      } else break;
    }
  }
  return [...others, ...removals, ...extra].sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Most lines looked at when tidying one fix's deletions. */
const MAX_TIDY_LINES = 200_000;
/** Lines of context kept around deletions: more than the blank lines one place can lose. */
const TIDY_MARGIN = 6;

/** The start of the line `count` lines above the one holding `offset`. */
function linesBack(text: string, offset: number, count: number): number {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (let i = 0; i < count && start > 0; i++) start = text.lastIndexOf('\n', start - 2) + 1;
  return start;
}

/** The end of the line `count` lines below `offset` (a line start). */
function linesForward(text: string, offset: number, count: number): number {
  let end = offset;
  for (let i = 0; i < count && end < text.length; i++) {
    const newline = text.indexOf('\n', end);
    end = newline === -1 ? text.length : newline + 1;
  }
  return end;
}

/**
 * `statement` extended over the `//` comment lines right above it (no blank line between): the
 * comment describes the statement, so it goes with it.
 */
export function withLeadingComments(view: CodeView, statement: Span): Span {
  const { text, masked } = view;
  let start = statement.start;
  for (let lines = 0; lines < 50; lines++) {
    const lineStart = masked.lastIndexOf('\n', start - 1) + 1;
    if (lineStart === 0 || masked.slice(lineStart, start).trim() !== '') break;
    const previousStart = masked.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = text.slice(previousStart, lineStart - 1);
    if (!/^[ \t]*\/\//.test(previous) || masked.slice(previousStart, lineStart - 1).trim() !== '') break;
    start = previousStart + previous.length - previous.trimStart().length;
  }
  return { start, end: statement.end };
}

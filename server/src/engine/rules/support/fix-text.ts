/**
 * Text pieces for code fixes: an expression cut out of the file (with parts removed) and laid out
 * again as the argument of a new call, removal of whole declarations with the comment lines and
 * blank line that belonged to them, and removal of an import that nothing uses any more.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { wholeLinesRange } from '../../fixes/text-ranges';
import type { Span } from './code-syntax';
import { escapeRegExp } from './code-syntax';

/**
 * The lines of `text[start, end)` without the `cut` ranges, as an expression to lay out again: the
 * first line as written, the following ones with `baseIndent` (the indentation of the line the
 * expression started on) taken off, so only their indentation relative to it remains.
 */
export function expressionLines(text: string, start: number, end: number, cut: readonly Span[], baseIndent: string): string[] {
  let written = '';
  let cursor = start;
  for (const range of [...cut].sort((a, b) => a.start - b.start)) {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (to <= from || from < cursor) continue;
    written += text.slice(cursor, from);
    cursor = to;
  }
  written += text.slice(cursor, end);
  const lines = written.split(/\r?\n/).map((line) => line.replace(/[ \t]+$/, ''));
  return lines
    .filter((line, index) => index === 0 || line.trim() !== '')
    .map((line, index) => (index === 0 ? line.trim() : line.startsWith(baseIndent) ? line.slice(baseIndent.length) : line.trimStart()));
}

/**
 * `callee(argument)` for an argument given as `expressionLines`, on one line when it has one.
 * Otherwise, `block` style (Kotlin, as the SDK's README writes it) puts the argument on its own lines
 * one `unit` deeper than `indent` and the closing parenthesis on a line of its own; `hug` style (Java)
 * starts the argument after the parenthesis and keeps its continuation lines as they were indented
 * relative to the statement. `leading` arguments (one line, e.g. `"name", `) go first.
 */
export function callText(
  callee: string,
  argument: readonly string[],
  layout: { indent: string; unit: string; eol: string; style: 'block' | 'hug' },
  leading = '',
): string {
  const { indent, unit, eol, style } = layout;
  if (argument.length === 1) return `${callee}(${leading}${argument[0]})`;
  if (style === 'hug') return `${callee}(${leading}${argument.map((line, i) => (i === 0 ? line : indent + line)).join(eol)})`;
  const inner = indent + unit;
  const first = leading ? `${inner}${leading.trimEnd()}${eol}` : '';
  return `${callee}(${eol}${first}${argument.map((line) => inner + line).join(eol)}${eol}${indent})`;
}

/** Whether the line holding `offset` (in masked text, comments blank) holds nothing else. */
function blankLine(masked: string, lineStart: number): boolean {
  for (let i = lineStart; i < masked.length && masked[i] !== '\n'; i++) if (masked[i] !== ' ' && masked[i] !== '\t' && masked[i] !== '\r') return false;
  return true;
}

function previousLineStart(text: string, lineStart: number): number {
  if (lineStart === 0) return -1;
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}

/**
 * The range that removes a declaration [start, end) as a careful editor would: its whole lines and
 * the comment lines right above it (they describe it). `finishEdits` then takes care of the blank
 * lines around. `masked` has comments blanked, `text` is the file.
 */
export function declarationRemoval(text: string, masked: string, start: number, end: number): TextEdit {
  let range = wholeLinesRange(masked, start, end);
  if (range.start === start && range.end === end) return { start, end, newText: '' };
  // Comment lines directly above: blank in masked but not in text.
  for (let line = previousLineStart(text, range.start), steps = 0; line >= 0 && steps < 50; line = previousLineStart(text, line), steps++) {
    const lineEnd = text.indexOf('\n', line);
    const isComment = blankLine(masked, line) && text.slice(line, lineEnd === -1 ? text.length : lineEnd).trim() !== '';
    if (!isComment) break;
    range = { start: line, end: range.end };
  }
  return { ...range, newText: '' };
}

/** The whole-line removal of `import <qualified>` (Java `;` optional), or undefined when there is none. */
export function importRemoval(masked: string, qualified: string): TextEdit | undefined {
  const pattern = new RegExp(`^[ \\t]*import[ \\t]+${escapeRegExp(qualified)}[ \\t]*;?[ \\t]*$`, 'm');
  const m = pattern.exec(masked);
  if (!m) return undefined;
  return { ...wholeLinesRange(masked, m.index, m.index + m[0].length), newText: '' };
}

/** Offsets of the identifier `name` in masked code (not a part of a longer name, not after a `.`, unless `qualifiedToo`). */
export function identifierUses(masked: string, name: string, from = 0, to = masked.length, qualifiedToo = false): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(masked); m && m.index < to; m = pattern.exec(masked)) {
    if (!qualifiedToo) {
      let p = m.index - 1;
      while (p >= 0 && /\s/.test(masked[p])) p--;
      if (masked[p] === '.' && masked[p - 1] !== '.') continue;
    }
    found.push(m.index);
    if (found.length > 10_000) break;
  }
  return found;
}

/**
 * Offsets where `name` is read: in code (`identifierUses`, qualified uses too) and inside string
 * templates (`"$name"`, `"${a.name}"`), whose contents masked text hides.
 */
export function namedUses(view: CodeView, name: string, from = 0, to = view.masked.length): number[] {
  const uses = identifierUses(view.masked, name, from, to, true);
  const pattern = new RegExp(`(?<!\\w)${escapeRegExp(name)}(?![\\w$])`, 'g');
  for (const token of view.strings) {
    if (!token.interpolated || token.end <= from || token.start >= to) continue;
    const literal = view.text.slice(token.start, token.end);
    for (let m = pattern.exec(literal); m; m = pattern.exec(literal)) uses.push(token.start + m.index);
    pattern.lastIndex = 0;
  }
  return uses.sort((a, b) => a - b);
}

/** Whether `offset` lies in one of `ranges` (a linear look; see `rangeLookup` for many offsets). */
export function inAny(ranges: readonly Span[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

/** A membership test for many offsets against many ranges: the ranges merged and sorted once, then a binary search per offset. */
export function rangeLookup(ranges: readonly Span[]): (offset: number) => boolean {
  const merged: Span[] = [];
  for (const r of [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < merged.length && merged[lo].start <= offset;
  };
}

/**
 * Removals of whole lines that only blank lines separate become one, and one of two blank lines that
 * would meet goes with them (none stays right after an opening or before a closing brace).
 */
function tidyRemovals(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const insertions = edits.filter((e) => e.start === e.end).map((e) => e.start);
  const lineRemovals = edits
    .filter((e) => e.newText === '' && e.end > e.start && (e.start === 0 || text[e.start - 1] === '\n') && (e.end === text.length || text[e.end - 1] === '\n'))
    .sort((a, b) => a.start - b.start);
  const lineSet = new Set(lineRemovals);
  const others = edits.filter((e) => !lineSet.has(e));
  const merged: TextEdit[] = [];
  for (const removal of lineRemovals) {
    const last = merged[merged.length - 1];
    const between = last ? text.slice(last.end, removal.start) : undefined;
    if (last && between !== undefined && removal.start >= last.end && between.trim() === '' && !insertions.some((at) => at > last.end && at < removal.start)) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, removal.end), newText: '' };
    } else merged.push({ ...removal });
  }
  for (const range of merged) {
    // A removal with an insertion inside is a replacement: its neighbours keep their spacing.
    if (insertions.some((at) => at > range.start && at < range.end)) continue;
    const above = previousLineStart(text, range.start);
    const aboveLine = above >= 0 ? text.slice(above, range.start) : undefined;
    const belowEnd = text.indexOf('\n', range.end);
    const below = text.slice(range.end, belowEnd === -1 ? text.length : belowEnd + 1);
    const aboveBlank = aboveLine !== undefined && aboveLine.trim() === '';
    const belowBlank = range.end < text.length && below.trim() === '';
    const afterOpening = aboveLine !== undefined && /[{(\[]\s*$/.test(aboveLine);
    if (belowBlank && (aboveBlank || afterOpening || above < 0)) range.end += below.length;
    else if (aboveBlank && (/^\s*[})\]]/.test(below) || range.end >= text.length)) range.start = above;
  }
  return [...others, ...merged];
}

/** A fix's edits made ready to apply: blank lines tidied around removals, touching edits merged (undefined when two overlap). */
export function finishEdits(text: string, edits: readonly TextEdit[]): TextEdit[] | undefined {
  return mergeTouchingEdits(text, tidyRemovals(text, edits));
}

/**
 * Text inserted where whole lines are removed: an insertion written as "line end + new line" (an
 * import after the last import) becomes "new line + line end", so it takes the removed line's place.
 */
function insertedIntoRemoval(text: string, removal: TextEdit, inserted: string): string {
  if (!text.slice(removal.start, removal.end).endsWith('\n')) return inserted;
  const eol = /^\r?\n/.exec(inserted)?.[0];
  return eol ? inserted.slice(eol.length) + eol : inserted;
}

/**
 * Edits of one fix that touch are merged so the fix applies cleanly: an insertion that falls inside
 * or at the edge of a removal becomes part of it. Returns undefined when two edits really overlap.
 */
export function mergeTouchingEdits(text: string, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    const inside = last && edit.start < last.end;
    if (last && inside) {
      if (edit.start !== edit.end) return undefined;
      merged[merged.length - 1] = { start: last.start, end: last.end, newText: last.newText + insertedIntoRemoval(text, last, edit.newText) };
      continue;
    }
    merged.push(edit);
  }
  return merged.length ? merged : [];
}

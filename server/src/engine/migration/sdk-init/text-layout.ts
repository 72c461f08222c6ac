/** Line and indentation helpers for inserting whole statements and declarations into source files. */
import { indentationAt, lineEnding, lineStartOf, nextLineStart, startsLine } from '../../fixes/text-ranges';

export { indentationAt, lineEnding, nextLineStart, lineStartOf as lineStart, startsLine as onlySpaceBefore };

/** Offset of the end of the line holding `offset` (before `\r\n` or `\n`). */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** True when only spaces, tabs (and a `\r`) lie between `offset` and the line end. */
export function onlySpaceAfter(text: string, offset: number): boolean {
  return /^[ \t\r]*$/.test(text.slice(offset, nextLineStart(text, offset)).replace(/\n$/, ''));
}

/**
 * The file's indentation step: a tab when most indented lines start with one; else 4, 2 or 3 spaces,
 * the first of which divides at least 90% of the indentations; else `fallback`.
 */
export function indentUnit(text: string, fallback: string): string {
  let tabs = 0;
  const widths: number[] = [];
  for (const line of text.split('\n', 5000)) {
    const m = /^([ \t]+)\S/.exec(line);
    if (!m) continue;
    if (m[1][0] === '\t') tabs++;
    // Javadoc continuation lines (` * text`) are one space in: not an indentation step.
    else if (!/^\s*\*/.test(line)) widths.push(m[1].length);
  }
  if (tabs > widths.length) return '\t';
  if (widths.length === 0) return fallback;
  for (const unit of [4, 2, 3]) {
    if (widths.filter((w) => w % unit === 0).length >= widths.length * 0.9) return ' '.repeat(unit);
  }
  return fallback;
}

/** `lines` joined as whole lines, each prefixed with `indent` (empty lines stay empty), each ending with `eol`. */
export function indentedLines(lines: readonly string[], indent: string, eol: string): string {
  return lines.map((l) => (l ? indent + l : '') + eol).join('');
}

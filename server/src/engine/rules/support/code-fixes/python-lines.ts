/**
 * Python statements by line: whether a statement has its line to itself, and whether removing it
 * would leave its block empty (which Python rejects). Comments and string contents are blank in
 * the masked text, so blank masked lines are blank or comment lines.
 */
import { endOfLine, startOfLine } from './removal';

export interface CodeLine {
  start: number;
  end: number;
  indent: number;
  /** The masked line without indentation and trailing blanks. */
  code: string;
}

/** The code line (not blank, not only a comment) starting at or after `from`, going forward or back. */
export function codeLine(text: string, masked: string, from: number, direction: 1 | -1): CodeLine | undefined {
  let at = direction === 1 ? from : startOfLine(text, from);
  for (let n = 0; n < 2000 && at >= 0 && at < text.length; n++) {
    const end = endOfLine(text, at);
    const code = masked.slice(at, end).trim();
    if (code !== '') {
      const indent = masked.slice(at, end).length - masked.slice(at, end).trimStart().length;
      return { start: at, end, indent, code };
    }
    if (direction === 1) at = end + 1 + (text[end] === '\r' ? 1 : 0);
    else {
      if (at === 0) return undefined;
      at = startOfLine(text, at - 1);
    }
  }
  return undefined;
}

/** The line after `line` that holds code, or undefined at the end of the file. */
export function nextCodeLine(text: string, masked: string, line: CodeLine): CodeLine | undefined {
  const next = line.end + (text[line.end] === '\r' ? 2 : 1);
  return next < text.length ? codeLine(text, masked, next, 1) : undefined;
}

/** The line before `line` that holds code. */
export function previousCodeLine(text: string, masked: string, line: CodeLine): CodeLine | undefined {
  return line.start > 0 ? codeLine(text, masked, line.start - 1, -1) : undefined;
}

/** The code line holding `offset`, when the statement [start, end) is all the code on it. */
export function statementLine(text: string, masked: string, start: number, end: number): CodeLine | undefined {
  const line = codeLine(text, masked, startOfLine(text, start), 1);
  if (!line || line.start + line.indent !== start) return undefined;
  const lineEnd = endOfLine(text, end);
  if (masked.slice(end, lineEnd).trim() !== '') return undefined;
  return { ...line, end: lineEnd };
}

/** Whether the block holding `line` would be empty without it (so it cannot simply be deleted). */
export function aloneInBlock(text: string, masked: string, line: CodeLine, lastLine: CodeLine = line): boolean {
  const previous = previousCodeLine(text, masked, line);
  if (!previous || !previous.code.endsWith(':') || previous.indent >= line.indent) return false;
  const next = nextCodeLine(text, masked, lastLine);
  return !next || next.indent < line.indent;
}

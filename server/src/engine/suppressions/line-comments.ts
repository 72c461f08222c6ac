/**
 * Comments of line-oriented configuration files: `.properties` (`#` or `!` lines; a value continued
 * with a trailing backslash swallows the next line, comment-like or not), `.env` (`#` lines; quoted
 * values may span lines) and YAML (`#` at a line start or after a space, outside quoted scalars and
 * block scalars `|` / `>`). One pass over the lines, no backtracking.
 */
import type { TextRange } from '../rule';
import type { FileComment, FileComments } from './file-comments';

interface Line {
  start: number;
  /** Before the line break (`\n` or `\r\n`). */
  end: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    yield { start, end: stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop };
    if (newline === -1) return;
    start = newline + 1;
  }
}

function firstNonBlank(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
  return i;
}

function lineComment(at: number, end: number): FileComment {
  return { start: at, end, bodyStart: at + 1, bodyEnd: end };
}

export function lineCommentsOf(kind: 'yaml' | 'properties' | 'env', text: string): FileComments {
  if (kind === 'properties') return propertiesComments(text);
  if (kind === 'env') return envComments(text);
  return yamlComments(text);
}

function endsWithOddBackslashes(text: string, line: Line): boolean {
  let count = 0;
  for (let i = line.end - 1; i >= line.start && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

function propertiesComments(text: string): FileComments {
  const comments: FileComment[] = [];
  const opaque: TextRange[] = [];
  let continuedFrom = -1;
  for (const line of linesOf(text)) {
    if (continuedFrom >= 0) {
      if (!endsWithOddBackslashes(text, line)) {
        opaque.push({ start: continuedFrom, end: line.end });
        continuedFrom = -1;
      }
      continue;
    }
    const first = firstNonBlank(text, line);
    if (first === line.end) continue;
    if (text[first] === '#' || text[first] === '!') comments.push(lineComment(first, line.end));
    else if (endsWithOddBackslashes(text, line)) continuedFrom = line.start;
  }
  if (continuedFrom >= 0) opaque.push({ start: continuedFrom, end: text.length });
  return { comments, opaque };
}

const ENV_QUOTED_VALUE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*=[ \t]*(["'`])/;

/** The offset of the quote closing a value opened with `quote`, searching [from, to); -1 when not there. */
function closingQuote(text: string, quote: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function envComments(text: string): FileComments {
  const comments: FileComment[] = [];
  const opaque: TextRange[] = [];
  let open: { quote: string; start: number } | undefined;
  for (const line of linesOf(text)) {
    if (open) {
      const close = closingQuote(text, open.quote, line.start, line.end);
      if (close >= 0) {
        opaque.push({ start: open.start, end: close + 1 });
        open = undefined;
      }
      continue;
    }
    const first = firstNonBlank(text, line);
    if (text[first] === '#' && first < line.end) {
      comments.push(lineComment(first, line.end));
      continue;
    }
    const m = ENV_QUOTED_VALUE.exec(text.slice(line.start, line.end));
    if (!m) continue;
    const quoteAt = line.start + m[0].length - 1;
    if (closingQuote(text, m[1], quoteAt + 1, line.end) === -1) open = { quote: m[1], start: quoteAt };
  }
  if (open) opaque.push({ start: open.start, end: text.length });
  return { comments, opaque };
}

/** A quoted YAML scalar opens only where a value or key can start, not inside a plain scalar (`it's`). */
const YAML_SCALAR_START = new Set([':', '-', '[', '{', ',', '?']);
const YAML_BLOCK_INDICATOR = /(?:^|[\s:-])[|>][+-]?[1-9]?[+-]?$/;

function yamlComments(text: string): FileComments {
  const comments: FileComment[] = [];
  const opaque: TextRange[] = [];
  let block: { parentIndent: number; start: number; end: number } | undefined;
  let quoted: { quote: string; start: number } | undefined;
  for (const line of linesOf(text)) {
    const first = firstNonBlank(text, line);
    const indent = first - line.start;
    if (block) {
      if (first === line.end || indent > block.parentIndent) {
        block.end = line.end;
        continue;
      }
      opaque.push({ start: block.start, end: block.end });
      block = undefined;
    }
    let i = line.start;
    if (quoted) {
      const close = yamlClosingQuote(text, quoted.quote, line.start, line.end);
      if (close === -1) continue;
      opaque.push({ start: quoted.start, end: close + 1 });
      quoted = undefined;
      i = close + 1;
    }
    let contentEnd = line.end;
    let previous = i === line.start ? '' : text[i - 1];
    for (; i < line.end; i++) {
      const c = text[i];
      if (c === '#' && (i === first || previous === ' ' || previous === '\t')) {
        comments.push(lineComment(i, line.end));
        contentEnd = i;
        break;
      }
      if ((c === '"' || c === "'") && (i === first || YAML_SCALAR_START.has(lastNonBlankBefore(text, line.start, i)))) {
        const close = yamlClosingQuote(text, c, i + 1, line.end);
        if (close === -1) {
          quoted = { quote: c, start: i };
          break;
        }
        i = close;
      }
      previous = text[i];
    }
    if (!quoted && YAML_BLOCK_INDICATOR.test(text.slice(first, contentEnd).trimEnd())) {
      block = { parentIndent: indent, start: line.end, end: line.end };
    }
  }
  if (block) opaque.push({ start: block.start, end: block.end });
  if (quoted) opaque.push({ start: quoted.start, end: text.length });
  return { comments, opaque };
}

function lastNonBlankBefore(text: string, lineStart: number, at: number): string {
  for (let i = at - 1; i >= lineStart && at - i <= 64; i--) if (text[i] !== ' ' && text[i] !== '\t') return text[i];
  return '';
}

/** Double-quoted scalars escape with a backslash, single-quoted ones by doubling the quote. */
function yamlClosingQuote(text: string, quote: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Where a file's comments are, in the file's own syntax, and where a new line must not be inserted
 * (inside a string literal, a comment, XML markup, a YAML block scalar, a continued property value).
 * Suppression directives are read only from these comments, and the "Suppress …" fix consults the
 * opaque ranges so that it never writes a comment line into a literal.
 */
import type { FileKind } from '../languages';
import { isCodeLanguage } from '../languages';
import type { CodeView } from '../lexer/code-view';
import type { TextRange } from '../rule';
import { lineCommentsOf } from './line-comments';
import { xmlCommentsOf } from './xml-comments';

export interface FileComment {
  /** The whole comment, delimiters included. */
  start: number;
  end: number;
  /** The text between the opening and the closing delimiter. */
  bodyStart: number;
  bodyEnd: number;
}

export interface FileComments {
  comments: FileComment[];
  /** Disjoint ranges, sorted by start, that a new line must not be inserted into (strictly inside). */
  opaque: TextRange[];
  /** XML and plist: the start tags, so a comment above a tag spread over several lines covers its attributes. */
  startTags?: TextRange[];
}

/** The comment syntax of a file kind, or undefined when it has none (JSON, certificates). */
export function commentSyntaxOf(kind: FileKind): { open: string; close: string } | undefined {
  switch (kind) {
    case 'xml':
    case 'plist':
      return { open: '<!--', close: ' -->' };
    case 'python':
    case 'yaml':
    case 'properties':
    case 'env':
      return { open: '#', close: '' };
    case 'json':
    case 'certificate':
      return undefined;
    default:
      return isCodeLanguage(kind) ? { open: '//', close: '' } : undefined;
  }
}

/** The comments of `text`; `code` gives the lexer's view of a source file (built once per scan). */
export function fileCommentsOf(kind: FileKind, text: string, code: () => CodeView): FileComments | undefined {
  if (isCodeLanguage(kind)) return codeComments(text, code());
  if (kind === 'xml' || kind === 'plist') return xmlCommentsOf(text);
  if (kind === 'yaml' || kind === 'properties' || kind === 'env') return lineCommentsOf(kind, text);
  return undefined;
}

function codeComments(text: string, view: CodeView): FileComments {
  const comments = view.comments.map(({ start, end }): FileComment => {
    const opener = text.charCodeAt(start) === 35 /* # */ ? 1 : 2;
    const block = opener === 2 && text.charCodeAt(start + 1) === 42; // `/*`
    const closed = block && end - start >= 4 && text.startsWith('*/', end - 2);
    return { start, end, bodyStart: start + opener, bodyEnd: closed ? end - 2 : end };
  });
  return { comments, opaque: disjointRanges([...view.strings, ...view.comments]) };
}

/** Ranges sorted by start with nested and overlapping ones merged (string literals inside interpolations). */
export function disjointRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else out.push(range);
  }
  return out;
}

/** The range of `ranges` (disjoint, sorted by start) that strictly contains `offset`, if any. */
export function rangeAround(ranges: readonly TextRange[], offset: number): TextRange | undefined {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  const candidate = ranges[lo - 1];
  return candidate && candidate.end > offset ? candidate : undefined;
}

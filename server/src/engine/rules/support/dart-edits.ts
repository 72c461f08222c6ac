/**
 * Removing a Dart property setting wherever it is written: a cascade section
 * (`HttpClient()..badCertificateCallback = …`), an assignment statement
 * (`client.badCertificateCallback = …;`) or a named argument (`onBadCertificate: …`).
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { previousNonSpace, type Span } from './code-syntax';
import { enclosingListItem, listItemRemovals } from './code-fixes/list-items';
import { endOfLine, removeCode, trailingCommentEnd } from './code-fixes/removal';
import { memberChainStart, startsStatement } from './code-fixes/statements';

/** Longest statement or cascade section followed; keeps work bounded on unbalanced input. */
const MAX_SPAN = 50_000;

export interface DartRemoval {
  edits: TextEdit[];
  /** The code removed (for finding what it alone used). */
  removed: Span;
  shape: 'cascade' | 'statement' | 'argument';
}

/** The edits removing the setting whose name starts at `nameStart`, or undefined for other shapes. */
export function removeDartSetting(view: CodeView, nameStart: number, operator: string): DartRemoval | undefined {
  const masked = view.masked;
  const before = previousNonSpace(masked, nameStart);
  if (operator === '=' && masked[before] === '.' && masked[before - 1] === '.' && masked[before - 2] !== '.') {
    return cascadeRemoval(view, before - 1);
  }
  if (operator === '=' && masked[before] === '.') return assignmentRemoval(view, nameStart);
  if (operator === ':') {
    const item = enclosingListItem(view, nameStart);
    if (!item || item.item.start !== nameStart || masked[item.open] !== '(') return undefined;
    return { edits: listItemRemovals(view.text, masked, item.open, item.close, new Set([item.index])), removed: item.item, shape: 'argument' };
  }
  return undefined;
}

/** End (exclusive) of the cascade section starting at the `..` at `dots`: before the next `..`, `;`, `,` or closing bracket. */
export function cascadeSectionEnd(masked: string, dots: number): { end: number; next: 'section' | 'end' } | undefined {
  let depth = 0;
  const limit = Math.min(masked.length, dots + MAX_SPAN);
  for (let i = dots + 2; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return { end: trimEnd(masked, i), next: 'end' };
      depth--;
    } else if (depth === 0) {
      if (c === ';' || c === ',') return { end: trimEnd(masked, i), next: 'end' };
      if (c === '.' && masked[i + 1] === '.' && masked[i + 2] !== '.' && masked[i - 1] !== '.') return { end: trimEnd(masked, i), next: 'section' };
    }
  }
  return undefined;
}

function trimEnd(masked: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(masked[e - 1])) e--;
  return e;
}

function cascadeRemoval(view: CodeView, dots: number): DartRemoval | undefined {
  const { text, masked } = view;
  const section = cascadeSectionEnd(masked, dots);
  if (!section) return undefined;
  const removed = { start: dots, end: section.end };
  if (section.next === 'section') {
    const next = masked.indexOf('..', section.end);
    const ownLine = text.slice(text.lastIndexOf('\n', dots - 1) + 1, dots).trim() === '';
    const edit = ownLine ? removeCode(text, masked, dots, section.end, { attachedComments: true }) : { start: dots, end: next, newText: '' };
    return { edits: [edit], removed, shape: 'cascade' };
  }
  // The last section: remove it with the line break and comments before it, so the terminator
  // (`;`, `,`, `)`) follows the previous section or the target directly.
  const previous = previousNonSpace(masked, dots);
  const edits: TextEdit[] = [{ start: previous + 1, end: section.end, newText: '' }];
  let terminator = section.end;
  while (terminator < masked.length && /\s/.test(masked[terminator])) terminator++;
  const sameLine = !/\n/.test(text.slice(section.end, terminator));
  if (sameLine && (masked[terminator] === ';' || masked[terminator] === ',')) {
    // A comment after the terminator on the removed section's line was about it.
    const commentEnd = trailingCommentEnd(text, masked, terminator + 1);
    if (commentEnd > terminator + 1 && endOfLine(text, terminator) === commentEnd) edits.push({ start: terminator + 1, end: commentEnd, newText: '' });
  }
  return { edits, removed, shape: 'cascade' };
}

function assignmentRemoval(view: CodeView, nameStart: number): DartRemoval | undefined {
  const masked = view.masked;
  const start = memberChainStart(view, nameStart);
  if (start === nameStart || !startsStatement(view, 'dart', start)) return undefined;
  const end = dartStatementEnd(masked, nameStart);
  if (end < 0) return undefined;
  return { edits: [removeCode(view.text, masked, start, end, { attachedComments: true })], removed: { start, end }, shape: 'statement' };
}

/** Offset past the `;` ending the Dart statement that contains `from`, or -1. */
export function dartStatementEnd(masked: string, from: number): number {
  let depth = 0;
  const limit = Math.min(masked.length, from + MAX_SPAN);
  for (let i = from; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return -1;
      depth--;
    } else if (c === ';' && depth === 0) return i + 1;
  }
  return -1;
}

/**
 * After a fix, an `if … { A } else { B }` whose branches have become the same code is replaced
 * by that code (Swift `if cond {`, Objective-C `if (cond) {`), dedented one level: what a
 * careful engineer would write instead of two identical branches.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { applyEdits } from '../../fixes/apply-edits';
import { indentationAt, startsLine } from '../../fixes/text-ranges';
import { closingBracket, enclosingOpen } from './apple-code';
import { previousNonSpace, skipSpace } from './code-syntax';

/** Longest if-statement this looks at. */
const MAX_IF_SPAN = 20_000;

/**
 * When `at` lies directly in the then-block of an if/else statement whose else-block equals the
 * then-block once `edits` are applied, the edits with that whole statement replaced by the
 * else-block's statements (the edits inside it are dropped). Otherwise `edits` unchanged. The
 * condition must be free of calls (no side effects lost) and the statement must stand on its own lines.
 */
export function collapseIdenticalBranches(view: CodeView, edits: readonly TextEdit[], at: number): TextEdit[] {
  const { masked, text } = view;
  const thenOpen = enclosingOpen(view, at);
  if (thenOpen === -1 || masked[thenOpen] !== '{') return [...edits];
  const thenClose = closingBracket(view, thenOpen);
  if (thenClose === -1) return [...edits];
  const from = Math.max(0, thenOpen - 2000);
  const header = /\bif\b([^{};]*)$/.exec(masked.slice(from, thenOpen));
  if (!header) return [...edits];
  const ifStart = from + header.index;
  const condition = header[1].trim().replace(/^\((.*)\)$/s, '$1');
  if (/[()]/.test(condition) || !startsLine(text, ifStart)) return [...edits];
  // `} else if` chains and an `if` that is itself an else branch are left alone.
  const beforeIf = previousNonSpace(masked, ifStart);
  if (beforeIf !== -1 && masked.slice(Math.max(0, beforeIf - 3), beforeIf + 1) === 'else') return [...edits];
  const elseAt = skipSpace(masked, thenClose + 1);
  if (!/^else\s*\{/.test(masked.slice(elseAt, elseAt + 40))) return [...edits];
  const elseOpen = masked.indexOf('{', elseAt);
  const elseClose = closingBracket(view, elseOpen);
  if (elseClose === -1 || elseClose - ifStart > MAX_IF_SPAN) return [...edits];
  const lineEnd = masked.indexOf('\n', elseClose);
  if (masked.slice(elseClose + 1, lineEnd === -1 ? masked.length : lineEnd).trim() !== '') return [...edits];

  const inside = edits.filter((e) => e.start > thenOpen && e.end <= thenClose);
  const outside = edits.filter((e) => e.end <= ifStart || e.start >= elseClose + 1);
  // Edits of the condition (an unused binding) go with it.
  const inCondition = edits.filter((e) => e.start >= ifStart && e.end <= thenOpen);
  if (inside.length + outside.length + inCondition.length !== edits.length) return [...edits];
  const shifted = inside.map((e) => ({ ...e, start: e.start - thenOpen - 1, end: e.end - thenOpen - 1 }));
  const newThen = applyEdits(text.slice(thenOpen + 1, thenClose), shifted);
  if (!newThen.ok) return [...edits];
  const elseBody = text.slice(elseOpen + 1, elseClose);
  if (normalize(newThen.text) !== normalize(elseBody) || normalize(elseBody) === '') return [...edits];

  const replacement = dedent(elseBody, indentationAt(text, ifStart), elseBody.includes('\r\n') ? '\r\n' : '\n');
  if (replacement === undefined) return [...edits];
  return [...outside, { start: ifStart, end: elseClose + 1, newText: replacement }].sort((a, b) => a.start - b.start);
}

function normalize(code: string): string {
  return code.replace(/\s+/g, ' ').trim();
}

/** The else-block's lines, moved from their indentation to the if's; undefined when they are not on lines of their own. */
function dedent(body: string, ifIndent: string, eol: string): string | undefined {
  const lines = body.split(/\r?\n/);
  if (lines[0].trim() !== '' || lines[lines.length - 1].trim() !== '') return undefined;
  const inner = lines.slice(1, -1);
  const first = inner.find((l) => l.trim() !== '');
  if (!first) return undefined;
  const indent = /^[ \t]*/.exec(first)![0];
  if (!indent.startsWith(ifIndent)) return undefined;
  const out = inner.map((l) => (l.trim() === '' ? '' : l.startsWith(indent) ? ifIndent + l.slice(indent.length) : l.trimStart()));
  return out.join(eol).slice(ifIndent.length);
}

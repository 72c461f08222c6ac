/**
 * The imports a fix leaves unused: a Java/Kotlin fix that deletes code (a trust manager, a verifier)
 * also deletes the imports only that code needed, and no others.
 */
import type { TextEdit } from '../findings';
import { buildCodeView, type StringToken } from '../lexer/code-view';
import { applyEdits, editsOverlap } from './apply-edits';
import { wholeLinesRange } from './text-ranges';

/** `import a.b.C;`, `import static a.b.C.NAME;`, Kotlin `import a.b.C` and `import a.b.C as D`. */
const IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;?[ \t]*$/gm;

/**
 * Edits deleting the imports whose name `text` uses and the text after `edits` no longer uses
 * (wildcard imports are left alone). Returns [] when the edits do not apply.
 *
 * An import the edits use less but still use gets an edit that rewrites its line unchanged: it
 * claims the line, so that two fixes each deleting one of its last two uses never run in the same
 * fix-all pass (each would keep the import for the other); the later one then deletes it.
 */
export function importsMadeUnused(text: string, language: 'java' | 'kotlin', edits: readonly TextEdit[]): TextEdit[] {
  if (!applyEdits(text, edits).ok) return [];
  const file = lexed(text, language);
  // Uses after the edits: those before, less the ones in replaced ranges, plus the ones the edits write.
  const before = file.uses;
  const after = new Map(before);
  for (const edit of edits) {
    for (const name of identifiersIn(file, edit.start, edit.end)) after.set(name, (after.get(name) ?? 0) - 1);
    for (const m of edit.newText.matchAll(IDENTIFIER)) after.set(m[0], (after.get(m[0]) ?? 0) + 1);
  }
  const masked = file.masked;
  const removals: TextEdit[] = [];
  const claims: TextEdit[] = [];
  IMPORT.lastIndex = 0;
  for (let m = IMPORT.exec(masked); m; m = IMPORT.exec(masked)) {
    if (m[0].length === 0) {
      IMPORT.lastIndex++;
      continue;
    }
    const name = m[2] ?? m[1].slice(m[1].lastIndexOf('.') + 1);
    const usesBefore = before.get(name) ?? 0;
    const usesAfter = after.get(name) ?? 0;
    if (usesBefore === 0 || usesAfter >= usesBefore) continue;
    if (usesAfter > 0) {
      const claim = { start: m.index, end: m.index + m[0].length, newText: text.slice(m.index, m.index + m[0].length) };
      if (!editsOverlap([claim], edits)) claims.push(claim);
      continue;
    }
    const removal = { ...wholeLinesRange(text, m.index, m.index + m[0].length), newText: '' };
    if (!editsOverlap([removal], edits)) removals.push(removal);
  }
  return [...withoutExtraBlankLines(text, removals, edits), ...claims];
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

interface LexedFile {
  text: string;
  language: 'java' | 'kotlin';
  masked: string;
  /** `masked` with import and package lines blanked (same offsets). */
  code: string;
  templates: readonly StringToken[];
  uses: Map<string, number>;
}

/** The last file looked at: its fixes are computed one after the other, on the same text. */
let last: LexedFile | undefined;

function lexed(text: string, language: 'java' | 'kotlin'): LexedFile {
  if (last && last.text === text && last.language === language) return last;
  const view = buildCodeView(text, language);
  const code = view.masked.replace(/^[ \t]*(?:import|package)\b[^\n]*$/gm, (line) => ' '.repeat(line.length));
  const templates = view.strings.filter((s) => s.interpolated);
  const uses = new Map<string, number>();
  const file: LexedFile = { text, language, masked: view.masked, code, templates, uses };
  for (const name of identifiersIn(file, 0, text.length)) uses.set(name, (uses.get(name) ?? 0) + 1);
  last = file;
  return file;
}

/** Identifiers used in [start, end) outside import and package lines, Kotlin string templates included. */
function identifiersIn(file: LexedFile, start: number, end: number): string[] {
  const names = [...file.code.slice(start, end).matchAll(IDENTIFIER)].map((m) => m[0]);
  for (const s of file.templates) {
    if (s.start < start || s.end > end) continue;
    for (const m of s.value.matchAll(IDENTIFIER)) names.push(m[0]);
  }
  return names;
}

/**
 * Import groups are separated by blank lines: removals separated only by blank lines become one, and
 * one that would leave two blank lines in a row takes the one after it.
 */
function withoutExtraBlankLines(text: string, removals: TextEdit[], edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const removal of removals) {
    const last = merged[merged.length - 1];
    if (last && /^(?:[ \t]*\r?\n)*$/.test(text.slice(last.end, removal.start))) last.end = removal.end;
    else merged.push({ ...removal });
  }
  for (const removal of merged) {
    const previousLineStart = removal.start === 0 ? 0 : text.lastIndexOf('\n', removal.start - 2) + 1;
    const blankAfter = /^[ \t]*\r?\n/.exec(text.slice(removal.end, removal.end + 200));
    const previousBlank = removal.start === 0 || /^[ \t]*\r?\n$/.test(text.slice(previousLineStart, removal.start));
    const extended = blankAfter ? { ...removal, end: removal.end + blankAfter[0].length } : removal;
    if (blankAfter && previousBlank && !editsOverlap([extended], edits)) removal.end = extended.end;
  }
  return merged;
}

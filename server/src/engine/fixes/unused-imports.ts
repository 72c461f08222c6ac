/**
 * The imports a fix leaves unused: a Java/Kotlin fix that deletes code (a trust manager, a verifier)
 * also deletes the imports only that code needed, and no others.
 */
import type { TextEdit } from '../findings';
import { buildCodeView, type CodeView, type StringToken } from '../lexer/code-view';
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
export function importsMadeUnused(text: string, language: 'java' | 'kotlin', edits: readonly TextEdit[], view?: CodeView): TextEdit[] {
  if (!applyEdits(text, edits).ok) return [];
  const file = lexed(text, language, view);
  const removals: TextEdit[] = [];
  const claims: TextEdit[] = [];
  for (const m of file.imports) {
    const name = m.name;
    // Uses after the edits: those before, less the ones in replaced ranges, plus the ones the edits write.
    let usesBefore = file.totals.get(name);
    if (usesBefore === undefined) file.totals.set(name, (usesBefore = usesOf(file, name, 0, text.length)));
    if (usesBefore === 0) continue;
    let usesAfter = usesBefore;
    for (const edit of edits) usesAfter += countWord(edit.newText, name, 0, edit.newText.length) - usesOf(file, name, edit.start, edit.end);
    if (usesAfter >= usesBefore) continue;
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

interface ImportLine {
  /** Offset and text of the import statement. */
  index: number;
  0: string;
  /** The simple name (or alias) it brings in. */
  name: string;
}

interface LexedFile {
  text: string;
  language: 'java' | 'kotlin';
  imports: ImportLine[];
  /** `masked` with import and package lines blanked (same offsets). */
  code: string;
  templates: readonly StringToken[];
  /** Uses of each imported name in the whole file, counted on first need. */
  totals: Map<string, number>;
}

/** The files looked at, by code view (the rules' fixes of one scan share it), and the last one without. */
const BY_VIEW = new WeakMap<CodeView, LexedFile>();
let last: LexedFile | undefined;

function lexed(text: string, language: 'java' | 'kotlin', given?: CodeView): LexedFile {
  const cached = given ? BY_VIEW.get(given) : last;
  if (cached && cached.text === text && cached.language === language) return cached;
  const view = given ?? buildCodeView(text, language);
  const imports: ImportLine[] = [];
  IMPORT.lastIndex = 0;
  for (let m = IMPORT.exec(view.masked); m; m = IMPORT.exec(view.masked)) {
    imports.push({ index: m.index, 0: m[0], name: m[2] ?? m[1].slice(m[1].lastIndexOf('.') + 1) });
  }
  const code = view.masked.replace(/^[ \t]*(?:import|package)\b[^\n]*$/gm, (line) => ' '.repeat(line.length));
  const templates = view.strings.filter((s) => s.interpolated);
  const file: LexedFile = { text, language, imports, code, templates, totals: new Map() };
  if (given) BY_VIEW.set(given, file);
  else last = file;
  return file;
}

/** How often `name` is used in [start, end) outside import and package lines, Kotlin string templates included. */
function usesOf(file: LexedFile, name: string, start: number, end: number): number {
  let count = countWord(file.code, name, start, end);
  for (const s of file.templates) {
    if (s.start >= start && s.end <= end) count += countWord(s.value, name, 0, s.value.length);
  }
  return count;
}

/** Occurrences of `word` as a whole identifier in [start, end) of `text`. */
function countWord(text: string, word: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf(word, start); at !== -1 && at + word.length <= end; at = text.indexOf(word, at + word.length)) {
    if (!/[\w$]/.test(text[at - 1] ?? '') && !/[\w$]/.test(text[at + word.length] ?? '')) count++;
  }
  return count;
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

/**
 * The imports a fix leaves unused: a Java/Kotlin fix that deletes code (a trust manager, a verifier)
 * also deletes the imports only that code needed, and no others.
 */
import type { TextEdit } from '../findings';
import { buildCodeView } from '../lexer/code-view';
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
  const applied = applyEdits(text, edits);
  if (!applied.ok) return [];
  const before = usedNames(text, language);
  const after = usedNames(applied.text, language);
  const masked = buildCodeView(text, language).masked;
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

/** How often each identifier is used outside import and package lines (string templates of Kotlin included). */
function usedNames(text: string, language: 'java' | 'kotlin'): Map<string, number> {
  const view = buildCodeView(text, language);
  const names = new Map<string, number>();
  const add = (name: string): void => void names.set(name, (names.get(name) ?? 0) + 1);
  const code = view.masked.replace(/^[ \t]*(?:import|package)\b[^\n]*$/gm, '');
  for (const m of code.matchAll(/[A-Za-z_$][\w$]*/g)) add(m[0]);
  for (const s of view.strings) {
    if (!s.interpolated) continue;
    for (const m of s.value.matchAll(/[A-Za-z_$][\w$]*/g)) add(m[0]);
  }
  return names;
}

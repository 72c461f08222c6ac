/** Reading and trimming ES `import … from 'module'` statements of a JS/TS file. */
import type { TextEdit } from '../../../findings';
import type { CodeView } from '../../../lexer/code-view';
import { matchingBracket } from '../code-syntax';
import { listItemRemovals, listItems } from './list-items';
import { removeCode } from './removal';

export interface ImportSpecifier {
  /** The exported name (`fetch` in `fetch as pinnedFetch`). */
  imported: string;
  /** The name the file uses. */
  local: string;
}

export interface EsImport {
  /** The statement, `import` to `;` (or the module string when there is no `;`). */
  start: number;
  end: number;
  /** `import X from` / `import X, { … } from`. */
  defaultName?: string;
  /** `import * as NS from`. */
  namespace?: string;
  /** The `{` `}` of the named specifiers, when there are any. */
  braces?: { open: number; close: number };
  specifiers: ImportSpecifier[];
}

const IMPORT = /^[ \t]*import\b/gm;

/** The `import` statements of the file that load `module` (type-only imports are left out). */
export function esImportsOf(view: CodeView, module: string): EsImport[] {
  const masked = view.masked;
  const found: EsImport[] = [];
  IMPORT.lastIndex = 0;
  for (let m = IMPORT.exec(masked); m && found.length < 20; m = IMPORT.exec(masked)) {
    const start = m.index + m[0].indexOf('import');
    const fromMatch = /^import\s+(?!type\b)([\s\S]{0,2000}?)\bfrom\s*$/;
    const source = view.strings.find((s) => s.start > start && s.start < start + 2100 && !s.interpolated);
    if (!source || source.value !== module) continue;
    const head = fromMatch.exec(masked.slice(start, source.start));
    if (!head) continue;
    const end = masked[source.end] === ';' ? source.end + 1 : source.end;
    const parsed = parseClause(view, start + head[0].indexOf(head[1]), head[1]);
    if (parsed) found.push({ start, end, ...parsed });
  }
  return found;
}

function parseClause(view: CodeView, at: number, clause: string): Omit<EsImport, 'start' | 'end'> | undefined {
  const result: Omit<EsImport, 'start' | 'end'> = { specifiers: [] };
  const defaultName = /^([A-Za-z_$][\w$]*)\s*(?:,|$)/.exec(clause.trim());
  if (defaultName) result.defaultName = defaultName[1];
  const namespace = /\*\s*as\s+([A-Za-z_$][\w$]*)/.exec(clause);
  if (namespace) result.namespace = namespace[1];
  const braceIndex = clause.indexOf('{');
  if (braceIndex >= 0) {
    const open = at + braceIndex;
    const close = matchingBracket(view.masked, open);
    if (close < 0) return undefined;
    result.braces = { open, close };
    for (const item of listItems(view.masked, open, close)) {
      const spec = /^(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(view.masked.slice(item.start, item.end));
      if (!spec) return undefined;
      result.specifiers.push({ imported: spec[1], local: spec[2] ?? spec[1] });
    }
  }
  return result;
}

/**
 * Edits dropping the named specifiers `names` (by imported name) from an import, or the whole
 * statement (with its line) when nothing else is imported by it.
 */
export function removeImportSpecifiers(view: CodeView, statement: EsImport, names: readonly string[]): TextEdit[] {
  const remove = new Set<number>();
  statement.specifiers.forEach((s, i) => {
    if (names.includes(s.imported)) remove.add(i);
  });
  if (remove.size === 0) return [];
  if (remove.size === statement.specifiers.length && !statement.defaultName && !statement.namespace) {
    return [removeCode(view.text, view.masked, statement.start, statement.end)];
  }
  if (remove.size === statement.specifiers.length && statement.braces) {
    // `import D, { a } from 'm'` → `import D from 'm'`
    const comma = view.masked.lastIndexOf(',', statement.braces.open);
    return [{ start: comma, end: statement.braces.close + 1, newText: '' }];
  }
  return statement.braces ? listItemRemovals(view.text, view.masked, statement.braces.open, statement.braces.close, remove) : [];
}

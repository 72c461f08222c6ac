/**
 * The edit that adds an import (Java/Kotlin `import`, Swift `import`, Dart `import '…';`, JS/TS
 * `import { … } from '…'`, C# `using`) to a source file, unless the file already has it. Fixes that
 * introduce an SDK class put this edit next to their own.
 */
import type { TextEdit } from '../findings';
import type { CodeLanguage } from '../languages';

export interface ImportSpec {
  /**
   * Java/Kotlin: the qualified class name (`io.approov.service.okhttp.ApproovService`); Swift: the module;
   * Dart: the package URI; JS/TS: the module specifier; C#: the namespace.
   */
  from: string;
  /** JS/TS: the named binding to import (`ApproovService`). */
  name?: string;
}

/** Statements that make up a file's import block, per language (matched on comment-free text, from a line start). */
const IMPORT_LINE: Partial<Record<CodeLanguage, RegExp>> = {
  java: /^[ \t]*import[ \t]+(?:static[ \t]+)?[\w.*]+[ \t]*;[^\n]*$/gm,
  kotlin: /^[ \t]*import[ \t]+[\w.*`]+(?:[ \t]+as[ \t]+\w+)?[^\n]*$/gm,
  groovy: /^[ \t]*import[ \t]+[\w.*]+[^\n]*$/gm,
  swift: /^[ \t]*(?:@\w+(?:\([^)\n]*\))?[ \t]+)*import[ \t]+(?:(?:class|struct|enum|protocol|func|var|typealias)[ \t]+)?[\w.]+[^\n]*$/gm,
  dart: /^[ \t]*(?:import|export|part)[ \t]+['"][^'"\n]+['"][^\n]*;[^\n]*$/gm,
  javascript: /^[ \t]*import\b[^;\n]*(?:;|$)/gm,
  typescript: /^[ \t]*import\b[^;\n]*(?:;|$)/gm,
  csharp: /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?[\w.]+[ \t]*;[^\n]*$/gm,
};

/** What must come before any import: a package/namespace line, a library directive, `'use strict'`. */
const HEADER_LINE: Partial<Record<CodeLanguage, RegExp>> = {
  java: /^[ \t]*package[ \t]+[\w.]+[ \t]*;[^\n]*$/m,
  kotlin: /^[ \t]*package[ \t]+[\w.`]+[^\n]*$/m,
  groovy: /^[ \t]*package[ \t]+[\w.]+[^\n]*$/m,
  dart: /^[ \t]*library\b[^;\n]*;[^\n]*$/m,
  javascript: /^[ \t]*(['"])use strict\1;?[^\n]*$/m,
  typescript: /^[ \t]*(['"])use strict\1;?[^\n]*$/m,
};

export function importStatement(language: CodeLanguage, spec: ImportSpec): string | undefined {
  switch (language) {
    case 'java':
      return `import ${spec.from};`;
    case 'kotlin':
    case 'groovy':
      return `import ${spec.from}`;
    case 'swift':
      return `import ${spec.from}`;
    case 'dart':
      return `import '${spec.from}';`;
    case 'javascript':
    case 'typescript':
      return spec.name ? `import { ${spec.name} } from '${spec.from}';` : `import '${spec.from}';`;
    case 'csharp':
      return `using ${spec.from};`;
    default:
      return undefined;
  }
}

/**
 * The edit adding `spec` to the file, or undefined when the file already imports it (or, for Java and
 * Kotlin, the class is in the file's own package or a wildcard import covers it).
 * `masked` is the file with comments blanked (a CodeView's `masked` text), so commented-out imports are ignored.
 */
export function importEdit(text: string, masked: string, language: CodeLanguage, spec: ImportSpec): TextEdit | undefined {
  return importsEdit(text, masked, language, [spec]);
}

/** One edit adding every import of `specs` the file lacks, in the given order, at one place. */
export function importsEdit(text: string, masked: string, language: CodeLanguage, specs: readonly ImportSpec[]): TextEdit | undefined {
  const pattern = IMPORT_LINE[language];
  if (!pattern) return undefined;
  const statements = specs
    .filter((spec) => !alreadyImported(text, masked, language, spec))
    .map((spec) => importStatement(language, spec))
    .map((written) => (written && isJs(language) ? inJsImportStyle(written, text) : written));
  if (statements.length === 0 || statements.some((s) => s === undefined)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = statements.join(eol);

  let lastImportEnd = -1;
  for (const statement of importStatements(masked, language, pattern)) lastImportEnd = lineEnd(masked, statement.end);
  if (lastImportEnd >= 0) return { start: lastImportEnd, end: lastImportEnd, newText: eol + block };

  const header = HEADER_LINE[language]?.exec(masked);
  if (header) {
    const at = lineEnd(masked, header.index);
    return { start: at, end: at, newText: eol + eol + block };
  }
  const top = leadingCommentsEnd(text, masked);
  return { start: top, end: top, newText: block + eol + (top === 0 ? eol : '') };
}

/**
 * A JS/TS import statement written the way the file writes its imports: braces with or without
 * inner spaces, single or double quotes, with or without the semicolon (what Prettier configs vary).
 */
function inJsImportStyle(statement: string, text: string): string {
  const lines = text.split('\n', 2000).filter((l) => /^[ \t]*import\b/.test(l));
  const majority = (yes: RegExp, no: RegExp): boolean | undefined => {
    const y = lines.filter((l) => yes.test(l)).length;
    const n = lines.filter((l) => no.test(l)).length;
    return y === n ? undefined : y > n;
  };
  let result = statement;
  if (majority(/\{[^\s}]/, /\{\s/) === true) result = result.replace(/\{ ([^}]*?) \}/, '{$1}');
  if (majority(/from\s*"/, /from\s*'/) === true) result = result.replace(/'([^']*)';$/, '"$1";');
  if (majority(/['"]\s*$/, /['"];\s*$/) === true) result = result.replace(/;$/, '');
  return result;
}

/** JS/TS import statements may span lines (`import {\n  A,\n} from 'x';`). */
function isJs(language: CodeLanguage): boolean {
  return language === 'javascript' || language === 'typescript';
}

/** Longest import statement followed; keeps the scan bounded on input without a closing quote. */
const MAX_IMPORT_STATEMENT = 5000;

/** The import statements of the file: from `import` to the last offset of the statement's first line, or, in JS/TS, of its module specifier. */
function* importStatements(masked: string, language: CodeLanguage, pattern: RegExp): Generator<{ start: number; end: number }> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const end = isJs(language) ? jsImportEnd(masked, m.index) : m.index;
    if (end > pattern.lastIndex) pattern.lastIndex = end;
    yield { start: m.index, end };
  }
}

/** The offset of the closing quote of a JS/TS import's module specifier (the first quote at brace depth 0), or `start`. */
function jsImportEnd(masked: string, start: number): number {
  let depth = 0;
  const limit = Math.min(masked.length, start + MAX_IMPORT_STATEMENT);
  for (let i = start + 'import'.length; i < limit; i++) {
    const c = masked[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if ((c === "'" || c === '"') && depth <= 0) {
      const close = masked.indexOf(c, i + 1);
      return close < 0 || close >= limit ? start : close;
    } else if (c === ';' && depth <= 0) return start;
  }
  return start;
}

function alreadyImported(text: string, masked: string, language: CodeLanguage, spec: ImportSpec): boolean {
  const visible = (re: RegExp): boolean => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (masked.charCodeAt(m.index) === text.charCodeAt(m.index) && masked.slice(m.index, m.index + 6) === text.slice(m.index, m.index + 6)) return true;
    return false;
  };
  const q = escape(spec.from);
  switch (language) {
    case 'java':
    case 'kotlin':
    case 'groovy': {
      const pkg = spec.from.slice(0, spec.from.lastIndexOf('.'));
      return (
        visible(new RegExp(`^[ \\t]*import[ \\t]+(?:${q}|${escape(pkg)}\\.\\*)(?![\\w.])`, 'gm')) ||
        visible(new RegExp(`^[ \\t]*package[ \\t]+${escape(pkg)}[ \\t]*;?[ \\t]*$`, 'gm'))
      );
    }
    case 'swift':
      return visible(new RegExp(`^[ \\t]*(?:@\\w+(?:\\([^)\\n]*\\))?[ \\t]+)*import[ \\t]+${q}[ \\t]*$`, 'gm'));
    case 'dart':
      return text.includes(`'${spec.from}'`) || text.includes(`"${spec.from}"`);
    case 'javascript':
    case 'typescript': {
      if (!spec.name) return text.includes(`'${spec.from}'`) || text.includes(`"${spec.from}"`);
      const name = new RegExp(`\\b${escape(spec.name)}\\b`);
      const from = new RegExp(`\\bfrom\\s*['"]${q}['"]$`);
      for (const statement of importStatements(masked, language, IMPORT_LINE[language]!)) {
        const written = text.slice(statement.start, statement.end + 1);
        if (name.test(written) && from.test(written)) return true;
      }
      return false;
    }
    case 'csharp':
      return visible(new RegExp(`^[ \\t]*(?:global[ \\t]+)?using[ \\t]+${q}[ \\t]*;`, 'gm'));
    default:
      return true;
  }
}

/** The offset just past a file's opening comment block (licence header, file doc), at a line start. */
function leadingCommentsEnd(text: string, masked: string): number {
  let offset = 0;
  while (offset < text.length) {
    const end = lineEnd(text, offset);
    const line = masked.slice(offset, end);
    const blank = line.trim() === '';
    const isComment = blank && text.slice(offset, end).trim() !== '';
    const shebang = offset === 0 && text.startsWith('#!');
    if (!isComment && !shebang) break;
    offset = Math.min(text.length, end + 1);
  }
  return offset;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline < 0 ? text.length : newline;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

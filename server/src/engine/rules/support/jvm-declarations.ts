/**
 * Declarations of Kotlin and Java, for fixes that remove code: a `val`/field/local whose initializer
 * is a given expression, the declaration of a constant a removed call read, and the removal of such
 * constants once nothing else reads them.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { skipSpace, type Span } from './code-syntax';
import { declarationRemoval, namedUses, rangeLookup } from './fix-text';
import { closingOf, type JvmCode } from './jvm-syntax';
import { blockAround, statementEnd, statementStart, type JvmLanguage } from './jvm-statements';

export interface JvmFile {
  view: CodeView;
  code: JvmCode;
  language: JvmLanguage;
}

/** A declaration `val name = <expression>` / `Type name = <expression>;` whose initializer is exactly `expression`. */
export interface Declaration {
  name: string;
  /** The whole statement. */
  start: number;
  end: number;
  /** Where uses of the name can be: the rest of the block for a local, the file for a private member. */
  scope: Span;
}

/** Longest declaration text before an initializer that the patterns read (real ones are a line or two). */
const MAX_PREFIX = 2_000;

const KOTLIN_DECLARATION = /^((?:(?:private|internal|public|protected|const|override|final|@[\w.]+(?:\([^()]*\))?)\s+)*)(?:val|var)\s+([A-Za-z_]\w*)\s*(?::\s*[\w.<>?, ]+?)?\s*=\s*$/;
const JAVA_DECLARATION = /^((?:(?:private|public|protected|static|final|volatile|transient|@[\w.]+(?:\([^()]*\))?)\s+)*)[\w.]+(?:\s*<[\w.?<>, ]*>)?(?:\s*\[\s*\])*\s+([A-Za-z_$][\w$]*)\s*=\s*$/;

export function declarationWithInitializer(file: JvmFile, expression: Span): Declaration | undefined {
  const { code, language } = file;
  const masked = code.masked;
  const block = blockAround(code, expression.start);
  if (!block || block.outermostParen !== -1) return undefined;
  const start = statementStart(code, language, expression.start, block.open);
  const end = statementEnd(code, language, expression.end);
  if (start === undefined || end === undefined) return undefined;
  if (masked.slice(expression.end, end).trim().replace(/;$/, '') !== '') return undefined;
  if (expression.start - start > MAX_PREFIX) return undefined;
  const declared = (language === 'kotlin' ? KOTLIN_DECLARATION : JAVA_DECLARATION).exec(masked.slice(start, expression.start));
  if (!declared) return undefined;
  const modifiers = declared[1];
  if (block.kind === 'code') {
    if (!/^(?:final\s+|@[\w.]+\s+)*$/.test(modifiers)) return undefined;
    return { name: declared[2], start, end, scope: { start: end, end: closingOf(code, block.open) } };
  }
  if (!/\bprivate\b/.test(modifiers)) return undefined;
  return { name: declared[2], start, end, scope: { start: 0, end: masked.length } };
}

const KOTLIN_LAZY = /^((?:(?:private|internal|public|protected|override|final|@[\w.]+(?:\([^()]*\))?)\s+)*)val\s+([A-Za-z_]\w*)\s*(?::\s*[\w.<>?, ]+?)?\s+by\s+lazy\s*$/;

/**
 * A Kotlin `val name by lazy { <expression> }` whose block holds only `expression`: the whole
 * property is the declaration (local, or a private member).
 */
export function lazyDeclarationOf(file: JvmFile, expression: Span): Declaration | undefined {
  const { code } = file;
  const masked = code.masked;
  if (file.language !== 'kotlin') return undefined;
  const lambda = blockAround(code, expression.start);
  if (!lambda || lambda.kind !== 'code' || lambda.outermostParen !== -1 || lambda.open < 0) return undefined;
  const lambdaClose = closingOf(code, lambda.open);
  if (lambdaClose === -1 || masked.slice(lambda.open + 1, expression.start).trim() !== '' || masked.slice(expression.end, lambdaClose).trim() !== '') return undefined;
  const outer = blockAround(code, lambda.open);
  if (!outer || outer.outermostParen !== -1) return undefined;
  const start = statementStart(code, 'kotlin', lambda.open, outer.open);
  if (start === undefined || lambda.open - start > MAX_PREFIX) return undefined;
  const declared = KOTLIN_LAZY.exec(masked.slice(start, lambda.open));
  if (!declared) return undefined;
  const end = lambdaClose + 1;
  if (outer.kind === 'code') return { name: declared[2], start, end, scope: { start: end, end: closingOf(code, outer.open) } };
  if (!/\bprivate\b/.test(declared[1])) return undefined;
  return { name: declared[2], start, end, scope: { start: 0, end: masked.length } };
}

/** The declaration (local or private member) of a constant `name` that the pinner reads, if any. */
export function constantDeclaration(file: JvmFile, name: string, near: number): Declaration | undefined {
  const masked = file.code.masked;
  const pattern = new RegExp(`(?<![\\w$])${name}\\s*(?::\\s*[\\w.<>?, ]+?)?\\s*=(?!=)`, 'g');
  let best: Declaration | undefined;
  for (let m = pattern.exec(masked), n = 0; m && n < 50; m = pattern.exec(masked), n++) {
    const valueStart = skipSpace(masked, m.index + m[0].length);
    const block = blockAround(file.code, valueStart);
    if (!block || block.outermostParen !== -1) continue;
    const end = statementEnd(file.code, file.language, valueStart);
    if (end === undefined) continue;
    let valueEnd = end;
    while (valueEnd > valueStart && /[\s;]/.test(masked[valueEnd - 1])) valueEnd--;
    const declaration = declarationWithInitializer(file, { start: valueStart, end: valueEnd });
    if (!declaration || declaration.name !== name) continue;
    if (near < declaration.scope.start || near > declaration.scope.end) continue;
    best = declaration;
    break;
  }
  return best;
}

/**
 * Removals of the declarations of `names` (local, or private members) that nothing reads once the
 * `dropped` text is gone. `near` is where the names were read (locals must be in scope there).
 */
export function removalsOfUnusedConstants(file: JvmFile, names: readonly string[], near: number, dropped: readonly Span[]): TextEdit[] {
  const removals: TextEdit[] = [];
  const gone = [...dropped];
  for (const name of names) {
    const declaration = constantDeclaration(file, name, near);
    const isGone = rangeLookup(gone);
    if (!declaration || isGone(declaration.start)) continue;
    const uses = namedUses(file.view, name, declaration.scope.start, declaration.scope.end).filter(
      (use) => !isGone(use) && !(use >= declaration.start && use < declaration.end),
    );
    if (uses.length > 0) continue;
    const removal = declarationRemoval(file.view.text, file.code.masked, declaration.start, declaration.end);
    removals.push(removal);
    gone.push(removal);
  }
  return removals;
}

/** Names an expression reads (not called functions, not keywords): `PINS`, `PIN_A` of `arrayOf(PIN_A, "…")`. */
export function namesIn(masked: string, span: Span): string[] {
  const names = new Set<string>();
  const pattern = /(?<![\w$.])([A-Za-z_$][\w$]*)(?![\w$])(?!\s*[(<{])/g;
  const written = masked.slice(span.start, span.end);
  for (let m = pattern.exec(written); m && names.size < 64; m = pattern.exec(written)) {
    if (!/^(?:new|null|true|false|this|String|it)$/.test(m[1])) names.add(m[1]);
  }
  return [...names];
}

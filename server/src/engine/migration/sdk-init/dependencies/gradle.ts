/**
 * The service layer's dependency in the app module's build.gradle (Groovy) or build.gradle.kts
 * (Kotlin DSL): one `implementation` line in the top-level `dependencies { }` block, in the style of
 * the lines already there.
 */
import type { TextEdit } from '../../../findings';
import { buildCodeView } from '../../../lexer/code-view';
import { indentationAt, indentUnit, lineEnding, nextLineStart } from '../text-layout';

export type GradleDsl = 'groovy' | 'kotlin';

export function gradleDslOf(path: string): GradleDsl {
  return path.endsWith('.kts') ? 'kotlin' : 'groovy';
}

/** The top-level `dependencies {` block: offsets of its braces. */
function dependenciesBlock(masked: string): { open: number; close: number } | undefined {
  let depth = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '{') {
      if (depth === 0 && /\bdependencies\s*$/.test(masked.slice(Math.max(0, i - 40), i))) {
        const close = closingBrace(masked, i);
        return close < 0 ? undefined : { open: i, close };
      }
      depth++;
    } else if (c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function closingBrace(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '{') depth++;
    else if (masked[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** True when the build file already declares an Approov artifact (a coordinate or a version-catalog alias). */
export function declaresApproov(text: string, dsl: GradleDsl): boolean {
  const view = buildCodeView(text, dsl);
  const block = dependenciesBlock(view.masked);
  if (!block) return false;
  if (/approov/i.test(view.masked.slice(block.open, block.close))) return true;
  return view.stringsIn(block.open, block.close).some((s) => /^io\.approov:/.test(s.value));
}

/** The line to add, e.g. `implementation("io.approov:service.okhttp:3.5.5")`, in the quoting the file uses. */
export function dependencyLine(text: string, dsl: GradleDsl, coordinate: string): string {
  if (dsl === 'kotlin') return `implementation("${coordinate}")`;
  const existing = /^[ \t]*implementation(\(?)[ \t]*(['"])[^'"\n:]*:[^'"\n]*\2/m.exec(text);
  const quote = existing?.[2] ?? "'";
  return existing?.[1] ? `implementation(${quote}${coordinate}${quote})` : `implementation ${quote}${coordinate}${quote}`;
}

/** The edit adding `coordinate`, or undefined when an Approov artifact is already declared. */
export function gradleDependencyEdit(text: string, dsl: GradleDsl, coordinate: string): TextEdit | undefined {
  if (declaresApproov(text, dsl)) return undefined;
  const view = buildCodeView(text, dsl);
  const masked = view.masked;
  const eol = lineEnding(text);
  const unit = indentUnit(text, '    ');
  const line = dependencyLine(text, dsl, coordinate);
  const block = dependenciesBlock(masked);
  if (!block) {
    const separator = text.length === 0 || text.endsWith('\n') ? eol : eol + eol;
    return { start: text.length, end: text.length, newText: `${separator}dependencies {${eol}${unit}${line}${eol}}${eol}` };
  }
  // After the last `implementation`/`api` statement of the block (and any `{ … }` configuring it).
  const statement = /^[ \t]*(?:implementation|api)\b/gm;
  statement.lastIndex = block.open + 1;
  let anchor = -1;
  for (let m = statement.exec(masked); m && m.index < block.close; m = statement.exec(masked)) anchor = m.index + m[0].length;
  if (anchor >= 0) {
    const end = statementEnd(masked, anchor, block.close);
    if (end >= block.close) return { start: block.close, end: block.close, newText: `${eol}${indentationAt(text, block.open) + unit}${line}${eol}` };
    const at = nextLineStart(text, end);
    return { start: at, end: at, newText: indentationAt(text, anchor) + line + eol };
  }
  const at = nextLineStart(text, block.open);
  const indent = indentationAt(text, block.open) + unit;
  if (at > block.close) return { start: block.open + 1, end: block.open + 1, newText: `${eol}${indent}${line}${eol}${indentationAt(text, block.open)}` };
  return { start: at, end: at, newText: indent + line + eol };
}

/** Offset of the line end that ends the statement starting at `from` (brackets opened on the line are followed). */
function statementEnd(masked: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === '\n' && depth <= 0) return i;
  }
  return limit;
}

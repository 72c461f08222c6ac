/**
 * The "fetch at runtime" fix of a secret in app code, written so the result compiles where it sits:
 * - Kotlin and Swift properties become getters / computed properties (fetched on every read, never
 *   cached, as the SDK asks); inside functions the literal becomes the call;
 * - Java's `fetchSecureString` throws the checked `ApproovException`, so the literal becomes a call to
 *   a small private helper added once to the outermost class, which rethrows it unchecked;
 * - Dart and JS/TS return a Future/Promise: the fix is offered only inside an `async` body (`await`);
 * - the SDK import is added (C# is left alone: the reference does not name the namespace).
 */
import type { TextEdit } from '../../../findings';
import { importsEdit, type ImportSpec } from '../../../fixes/imports';
import { indentationAt, lineEnding } from '../../../fixes/text-ranges';
import type { CodeLanguage } from '../../../languages';
import type { SecretSite } from './sites';

export interface RuntimeFetchInput {
  language: CodeLanguage;
  text: string;
  masked: string;
  site: SecretSite;
  name: string;
}

export const JAVA_HELPER = 'approovSecureString';

/** The edits of the fetch fix, or undefined where a fetch cannot go (Dart/JS outside async code). */
export function runtimeFetchEdits(input: RuntimeFetchInput): TextEdit[] | undefined {
  const edits = fetchEdits(input);
  if (!edits) return undefined;
  const imports = importsEdit(input.text, input.masked, input.language, importsFor(input));
  return imports ? [...edits, imports] : edits;
}

function fetchEdits(input: RuntimeFetchInput): TextEdit[] | undefined {
  const { language, site, name } = input;
  const literal = { start: site.literalStart, end: site.literalEnd };
  switch (language) {
    case 'kotlin':
      return kotlinProperty(input) ?? [...dropConst(input, ''), { ...literal, newText: `ApproovService.fetchSecureString("${name}", null)` }];
    case 'swift':
      return swiftProperty(input) ?? [{ ...literal, newText: swiftFetch(name) }];
    case 'java':
      return [{ ...literal, newText: `${JAVA_HELPER}("${name}")` }, ...javaHelperEdits(input)];
    case 'dart':
      if (!insideAsyncBody(input.masked, site.literalStart, 'dart')) return undefined;
      return [...dropConst(input, 'final '), { ...literal, newText: `(await ApproovService.fetchSecureString('${name}', null))` }];
    case 'javascript':
    case 'typescript':
      if (!insideAsyncBody(input.masked, site.literalStart, 'js')) return undefined;
      return [{ ...literal, newText: `(await ApproovService.fetchSecureString("${name}", null))` }];
    case 'csharp':
      return [...dropConst(input, 'static readonly '), { ...literal, newText: `ApproovService.FetchSecureString("${name}", null)` }];
    default:
      return undefined;
  }
}

function swiftFetch(name: string): string {
  return `((try? ApproovService.fetchSecureString(key: "${name}", newDef: nil)) ?? "")`;
}

function importsFor(input: RuntimeFetchInput): ImportSpec[] {
  switch (input.language) {
    case 'kotlin':
      return [{ from: existingApproovService(input.text) ?? 'io.approov.service.okhttp.ApproovService' }];
    case 'java': {
      const service = existingApproovService(input.text) ?? 'io.approov.service.okhttp.ApproovService';
      return [{ from: service }, { from: service.replace(/ApproovService$/, 'ApproovException') }];
    }
    case 'swift':
      return [{ from: /^[ \t]*import[ \t]+Alamofire\b/m.test(input.masked) ? 'ApproovAFSession' : 'ApproovURLSession' }];
    case 'dart':
      return [{ from: 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart' }];
    case 'javascript':
    case 'typescript':
      return [{ from: '@approov/approov-service-react-native', name: 'ApproovService' }];
    default:
      return [];
  }
}

/** The service layer a JVM file already uses (`io.approov.service.retrofit.ApproovService`, …). */
function existingApproovService(text: string): string | undefined {
  return /\bimport[ \t]+(io\.approov\.service\.\w+\.ApproovService)\b/.exec(text)?.[1];
}

/** A declaration line `… NAME = <literal>` whose initializer is exactly the literal; the line's offsets. */
function declarationLine(input: RuntimeFetchInput, pattern: RegExp): RegExpExecArray | undefined {
  const { masked, site } = input;
  const lineStart = masked.lastIndexOf('\n', site.literalStart - 1) + 1;
  const newline = masked.indexOf('\n', site.literalEnd);
  const rest = masked.slice(site.literalEnd, newline < 0 ? masked.length : newline);
  if (!/^[ \t;]*\r?$/.test(rest)) return undefined;
  return pattern.exec(masked.slice(lineStart, site.literalStart)) ?? undefined;
}

/** Kotlin `[const] val NAME[: String] = "…"` in a class, object or at top level → a getter. */
function kotlinProperty(input: RuntimeFetchInput): TextEdit[] | undefined {
  const m = declarationLine(input, /^([ \t]*(?:(?:private|internal|public|protected|override)[ \t]+)*)(?:const[ \t]+)?val[ \t]+(\w+)[ \t]*(?::[ \t]*String\??[ \t]*)?=[ \t]*$/);
  if (!m || !inTypeOrTopLevel(input.masked, input.site.literalStart, 'kotlin')) return undefined;
  const lineStart = input.masked.lastIndexOf('\n', input.site.literalStart - 1) + 1;
  return [{ start: lineStart, end: input.site.literalEnd, newText: `${m[1]}val ${m[2]}: String get() = ApproovService.fetchSecureString("${input.name}", null) ?: ""` }];
}

/** Swift `[static] let NAME[: String] = "…"` in a type or at top level → a computed property. */
function swiftProperty(input: RuntimeFetchInput): TextEdit[] | undefined {
  const m = declarationLine(input, /^([ \t]*(?:(?:private|fileprivate|internal|public|static|class)[ \t]+)*)(?:let|var)[ \t]+(\w+)[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*$/);
  if (!m || !inTypeOrTopLevel(input.masked, input.site.literalStart, 'swift')) return undefined;
  const lineStart = input.masked.lastIndexOf('\n', input.site.literalStart - 1) + 1;
  const modifiers = m[1].replace(/\bclass[ \t]+/, 'static ');
  return [{ start: lineStart, end: input.site.literalEnd, newText: `${modifiers}var ${m[2]}: String { ${swiftFetch(input.name)} }` }];
}

/** Kotlin `const`, Dart `const` and C# `const` cannot hold a runtime call. */
function dropConst(input: RuntimeFetchInput, replacement: string): TextEdit[] {
  const { masked, site } = input;
  const lineStart = masked.lastIndexOf('\n', site.literalStart - 1) + 1;
  const before = masked.slice(lineStart, site.literalStart);
  const m = /\bconst\s+(?=(?:val\b|[A-Za-z_][\w<>?]*\s+[A-Za-z_]|[A-Za-z_$][\w$]*\s*=))/.exec(before);
  if (!m || !/=\s*$/.test(before)) return [];
  return [{ start: lineStart + m.index, end: lineStart + m.index + m[0].length, newText: replacement }];
}

/** Offsets of the `{` of every block that encloses `offset`, innermost first. */
function enclosingBraces(masked: string, offset: number): number[] {
  const open: number[] = [];
  for (let i = 0; i < offset; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123 /* { */) open.push(i);
    else if (c === 125 /* } */) open.pop();
  }
  return open.reverse();
}

/** The code between the previous statement or block boundary and a `{`: what the block belongs to. */
function blockHead(masked: string, brace: number): string {
  let i = brace - 1;
  let depth = 0;
  for (; i >= 0 && brace - i < 400; i--) {
    const c = masked[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') depth--;
    else if (depth === 0 && (c === ';' || c === '{' || c === '}')) break;
  }
  return masked.slice(i + 1, brace);
}

function inTypeOrTopLevel(masked: string, offset: number, language: 'kotlin' | 'swift'): boolean {
  const [inner] = enclosingBraces(masked, offset);
  if (inner === undefined) return true;
  const head = blockHead(masked, inner);
  return language === 'kotlin'
    ? /\b(?:class|object|interface)\b/.test(head) && !/\bfun\b/.test(head)
    : /\b(?:class|struct|enum|extension|actor)\b/.test(head) && !/\b(?:func|init|var|let)\b/.test(head);
}

function insideAsyncBody(masked: string, offset: number, family: 'dart' | 'js'): boolean {
  for (const brace of enclosingBraces(masked, offset)) {
    const head = blockHead(masked, brace).trim();
    if (/\basync\b/.test(head)) return true;
    // Any other function boundary ends the search: `await` is not allowed in a non-async function.
    const control = /^(?:}\s*)?(?:if|for|while|switch|catch|with|else|try|finally|do)\b/.test(head);
    const fn = (family === 'js' && /\bfunction\b/.test(head)) || /=>$/.test(head) || (/\)$/.test(head) && !control);
    if (fn) return false;
  }
  return false;
}

/** Java: the helper that turns the checked ApproovException into an unchecked one, added once. */
function javaHelperEdits(input: RuntimeFetchInput): TextEdit[] {
  const { masked, text } = input;
  if (new RegExp(`\\b${JAVA_HELPER}[ \\t]*\\([ \\t]*String\\b`).test(masked)) return [];
  const braces = enclosingBraces(masked, input.site.literalStart);
  const outerClass = [...braces].reverse().find((b) => /\b(?:class|enum|record|interface)\b/.test(blockHead(masked, b)));
  if (outerClass === undefined) return [];
  const eol = lineEnding(text);
  const lineEnd = text.indexOf('\n', outerClass);
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const outerIndent = indentationAt(text, outerClass);
  const unit = /^\t/.test(indentationAt(text, at)) ? '\t' : '    ';
  const i1 = outerIndent + unit;
  const i2 = i1 + unit;
  const i3 = i2 + unit;
  const isInterface = /\binterface\b/.test(blockHead(masked, outerClass));
  const lines = [
    `${i1}/** An Approov secure string, fetched at runtime on every use (register it with \`approov secstrings\`). */`,
    `${i1}${isInterface ? '' : 'private '}static String ${JAVA_HELPER}(String key) {`,
    `${i2}try {`,
    `${i3}return ApproovService.fetchSecureString(key, null);`,
    `${i2}} catch (ApproovException e) {`,
    `${i3}throw new IllegalStateException("Approov secure string " + key + " is not available", e);`,
    `${i2}}`,
    `${i1}}`,
    '',
    '',
  ];
  return [{ start: at, end: at, newText: lines.join(eol) }];
}

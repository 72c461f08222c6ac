/**
 * Android: `ApproovService.initialize(<context>, "<config>")` in the `onCreate` of the app's
 * `Application` subclass (Kotlin or Java), with the import; a missing `onCreate` is added, and a
 * project without an Application class gets a new one.
 */
import type { TextEdit } from '../../../findings';
import { importEdit } from '../../../fixes/imports';
import { buildCodeView } from '../../../lexer/code-view';
import { closingOf, jvmCode, methodDeclarations, type JvmCode } from '../../../rules/support/jvm-syntax';
import { indentationAt, indentedLines, indentUnit, lineEnd, lineEnding, nextLineStart, onlySpaceAfter } from '../text-layout';

export type JvmLanguage = 'kotlin' | 'java';

/** `ApproovService.initialize(` anywhere outside comments and strings. */
const INITIALIZE_CALL = /\bApproovService\s*\.\s*initialize\s*\(/;

export function androidAlreadyInitialised(text: string, language: JvmLanguage): boolean {
  return INITIALIZE_CALL.test(buildCodeView(text, language).masked);
}

/** The service layer class a file already imports (`io.approov.service.retrofit.ApproovService`), if any. */
export function importedServiceClass(text: string, language: JvmLanguage): string | undefined {
  const masked = buildCodeView(text, language).masked;
  const m = /^[ \t]*import[ \t]+(io\.approov\.service\.\w+\.ApproovService)\b/m.exec(masked);
  return m ? text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : undefined;
}

export function initStatement(language: JvmLanguage, configLiteral: string): string {
  return language === 'kotlin'
    ? `ApproovService.initialize(applicationContext, ${configLiteral})`
    : `ApproovService.initialize(getApplicationContext(), ${configLiteral});`;
}

function onCreateMethod(language: JvmLanguage, unit: string, configLiteral: string): string[] {
  return language === 'kotlin'
    ? ['override fun onCreate() {', `${unit}super.onCreate()`, `${unit}${initStatement(language, configLiteral)}`, '}']
    : ['@Override', 'public void onCreate() {', `${unit}super.onCreate();`, `${unit}${initStatement(language, configLiteral)}`, '}'];
}

export interface ApplicationClass {
  name: string;
  /** Offset of the `class` keyword. */
  start: number;
  /** Offset of the body's `{`, or -1 for a Kotlin class without a body. */
  bodyOpen: number;
  /** Offset just past the declaration header (the supertype list) when there is no body. */
  headerEnd: number;
}

/**
 * The Application subclass declared in the file: the class named `name` when given (the manifest's
 * `android:name`), else the first class whose supertype is `…Application` (`Application`,
 * `MultiDexApplication`, …).
 */
export function findApplicationClass(text: string, language: JvmLanguage, name?: string): ApplicationClass | undefined {
  const code = jvmCode(buildCodeView(text, language));
  const masked = code.masked;
  const declaration = /\bclass[ \t]+(\w+)/g;
  for (let m = declaration.exec(masked); m; m = declaration.exec(masked)) {
    const header = classHeader(code, m.index + m[0].length);
    const supertypes = masked.slice(m.index + m[0].length, header.end);
    const extendsApplication =
      language === 'kotlin' ? /:\s*(?:[\w.]+\s*,\s*)*(?:[\w.]+\.)?\w*Application\s*(?:<[^>]*>)?\s*\(/.test(supertypes) : /\bextends\s+(?:[\w.]+\.)?\w*Application\b/.test(supertypes);
    if (name ? m[1] !== name : !extendsApplication) continue;
    return { name: m[1], start: m.index, bodyOpen: header.bodyOpen, headerEnd: header.end };
  }
  return undefined;
}

/** Where a class header ends: at its body's `{`, or (Kotlin, no body) at the end of the supertype list. */
function classHeader(code: JvmCode, from: number): { bodyOpen: number; end: number } {
  const masked = code.masked;
  const limit = Math.min(masked.length, from + 2000);
  for (let i = from; i < limit; i++) {
    const c = masked[i];
    if (c === '(' || c === '<' || c === '[') {
      const close = c === '<' ? masked.indexOf('>', i) : closingOf(code, i);
      if (close < 0) break;
      i = close;
    } else if (c === '{') return { bodyOpen: i, end: i };
    else if (c === '}' || c === ';') return { bodyOpen: -1, end: i };
    else if (c === '\n') {
      // A Kotlin header continues on the next line only after `:` or `,`, or when the next line starts one.
      const before = masked.slice(from, i).trimEnd();
      const next = masked.slice(i + 1, i + 200).trimStart();
      if (!/[:,]$/.test(before) && !/^[:,{]/.test(next) && !/^(?:extends|implements)\b/.test(next)) return { bodyOpen: -1, end: i };
    }
  }
  return { bodyOpen: -1, end: limit };
}

export type EditsOrReason = { edits: TextEdit[] } | { reason: string };

/**
 * The edits that initialise the SDK in the Application class of `text`: after `super.onCreate()` in
 * its `onCreate`, at the top of an `onCreate` without it, or in a new `onCreate` at the end of the class.
 */
export function applicationInitEdits(
  text: string,
  language: JvmLanguage,
  className: string | undefined,
  serviceClass: string,
  configLiteral: string,
): EditsOrReason {
  const view = buildCodeView(text, language);
  const code = jvmCode(view);
  const masked = code.masked;
  const found = findApplicationClass(text, language, className);
  if (!found) return { reason: className ? `no class ${className} in the file` : 'no class extending Application in the file' };
  const eol = lineEnding(text);
  const unit = indentUnit(text, '    ');
  const imports = importEdit(text, masked, language, { from: serviceClass });
  const withImport = (edit: TextEdit): EditsOrReason => ({ edits: imports ? [imports, edit] : [edit] });
  const classIndent = indentationAt(text, found.start);

  if (found.bodyOpen < 0) {
    if (language === 'java') return { reason: `class ${found.name} has no body` };
    const method = indentedLines(onCreateMethod(language, unit, configLiteral), classIndent + unit, eol);
    return withImport({ start: found.headerEnd, end: found.headerEnd, newText: ` {${eol}${method}${classIndent}}` });
  }

  const bodyClose = closingOf(code, found.bodyOpen);
  if (bodyClose < 0) return { reason: `the body of class ${found.name} is not closed` };
  const onCreate = methodDeclarations(code, 'onCreate', ['void'], { start: found.bodyOpen + 1, end: bodyClose }).find(
    (m) => masked.slice(m.paramsOpen + 1, m.paramsClose).trim() === '' && enclosingDepth(code, found.bodyOpen, m.nameStart) === 0,
  );
  if (onCreate) {
    if (onCreate.body.kind !== 'block') return { reason: `${found.name}.onCreate has an expression body` };
    const superCall = /\bsuper\s*\.\s*onCreate\s*\(\s*\)[ \t]*;?/.exec(masked.slice(onCreate.inner.start, onCreate.inner.end));
    if (superCall) {
      const callEnd = onCreate.inner.start + superCall.index + superCall[0].length;
      if (onlySpaceAfter(text, callEnd)) {
        const at = nextLineStart(text, callEnd);
        const indent = indentationAt(text, onCreate.inner.start + superCall.index);
        return withImport({ start: at, end: at, newText: indent + initStatement(language, configLiteral) + eol });
      }
    }
    const methodIndent = indentationAt(text, onCreate.nameStart);
    const at = lineEnd(text, onCreate.body.start);
    return withImport({ start: at, end: at, newText: eol + methodIndent + unit + initStatement(language, configLiteral) });
  }

  // No onCreate: add one as the last member, after a blank line.
  const memberIndent = classIndent + unit;
  const method = indentedLines(onCreateMethod(language, unit, configLiteral), memberIndent, eol);
  const closeLineStart = text.lastIndexOf('\n', bodyClose - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(closeLineStart, bodyClose))) {
    const previous = text.slice(found.bodyOpen + 1, closeLineStart).trim();
    return withImport({ start: closeLineStart, end: closeLineStart, newText: (previous ? eol : '') + method });
  }
  // `class App : Application() {}` on one line.
  return withImport({ start: bodyClose, end: bodyClose, newText: eol + method + classIndent });
}

/** Brace depth of `offset` below the class body opened at `bodyOpen` (0: a direct member). */
function enclosingDepth(code: JvmCode, bodyOpen: number, offset: number): number {
  let depth = 0;
  for (let i = bodyOpen + 1; i < offset; i++) {
    const c = code.masked[i];
    if (c === '{') {
      const close = closingOf(code, i);
      if (close > offset || close < 0) depth++;
      else i = close;
    }
  }
  return depth;
}

/** A new Application subclass that initialises the SDK, for a project that has none. */
export function newApplicationFile(language: JvmLanguage, packageName: string, className: string, serviceClass: string, configLiteral: string): string {
  const unit = '    ';
  const method = indentedLines(onCreateMethod(language, unit, configLiteral), unit, '\n');
  if (language === 'kotlin') {
    return `package ${packageName}\n\nimport android.app.Application\nimport ${serviceClass}\n\nclass ${className} : Application() {\n${method}}\n`;
  }
  return `package ${packageName};\n\nimport android.app.Application;\nimport ${serviceClass};\n\npublic class ${className} extends Application {\n${method}}\n`;
}

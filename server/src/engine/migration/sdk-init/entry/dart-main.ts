/**
 * Flutter: `await ApproovService.initialize('<config>');` early in `main()`, after
 * `WidgetsFlutterBinding.ensureInitialized()` (added when missing: the SDK talks to the platform
 * before `runApp`). `main` becomes `Future<void> main() async`; an expression body becomes a block.
 */
import type { TextEdit } from '../../../findings';
import { importEdit } from '../../../fixes/imports';
import { buildCodeView } from '../../../lexer/code-view';
import { matchingBracket, skipSpace } from '../../../rules/support/code-syntax';
import { indentationAt, indentUnit, lineEnd, lineEnding, lineStart, nextLineStart, onlySpaceAfter } from '../text-layout';
import type { EditsOrReason } from './android-application';

export const FLUTTER_SERVICE_IMPORT = 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
const FLUTTER_WIDGETS_IMPORT = 'package:flutter/widgets.dart';

const INITIALIZE_CALL = /\bApproovService\s*\.\s*initialize\s*\(/;
const MAIN = /^((?:Future\s*<\s*void\s*>|void)\s+)?main\s*\(/m;
const ENSURE_INITIALIZED = /\bWidgetsFlutterBinding\s*\.\s*ensureInitialized\s*\(\s*\)\s*;/g;
/** Imports of a Flutter library that exports WidgetsFlutterBinding, with their combinators (`show …`, `as …`). */
const FLUTTER_IMPORT = /^[ \t]*import[ \t]+(['"])package:flutter\/(?:material|widgets|cupertino)\.dart\1([^;\n]*);/gm;

export function dartAlreadyInitialised(text: string): boolean {
  return INITIALIZE_CALL.test(buildCodeView(text, 'dart').masked);
}

/** True when the file declares a top-level `main`. */
export function hasDartMain(text: string): boolean {
  return MAIN.test(buildCodeView(text, 'dart').masked);
}

export function dartInitEdits(text: string, configLiteral: string): EditsOrReason {
  const view = buildCodeView(text, 'dart');
  const masked = view.masked;
  const main = MAIN.exec(masked);
  if (!main) return { reason: 'no top-level main() in the file' };
  const eol = lineEnding(text);
  const unit = indentUnit(text, '  ');
  const edits: TextEdit[] = [];
  const initLine = `await ApproovService.initialize(${configLiteral});`;
  const ensureLine = 'WidgetsFlutterBinding.ensureInitialized();';

  // Imports go in last, once it is known whether WidgetsFlutterBinding needs one.
  const uris = [FLUTTER_SERVICE_IMPORT];
  const withImports = (): EditsOrReason => ({ edits: [...packageImportEdits(text, masked, uris), ...edits] });

  const paramsOpen = main.index + main[0].length - 1;
  const paramsClose = matchingBracket(masked, paramsOpen);
  if (paramsClose < 0) return { reason: 'the parameter list of main() is not closed' };
  let bodyStart = skipSpace(masked, paramsClose + 1);
  const isAsync = masked.startsWith('async', bodyStart);
  if (isAsync) bodyStart = skipSpace(masked, bodyStart + 5);
  // Made async here: `void` becomes `Future<void>` (an async main written `void` by its author stays so).
  if (!isAsync && main[1] && /^void\s+$/.test(main[1])) edits.push({ start: main.index, end: main.index + 4, newText: 'Future<void>' });

  if (masked.startsWith('=>', bodyStart)) {
    const expressionStart = skipSpace(masked, bodyStart + 2);
    const end = expressionEnd(masked, expressionStart);
    if (end < 0) return { reason: 'the expression body of main() does not end with `;`' };
    const expression = text.slice(expressionStart, end).replace(/\r?\n/g, eol + unit);
    const binding = bindingVisibility(text, masked);
    if (binding === 'import') uris.push(FLUTTER_WIDGETS_IMPORT);
    else if (binding) edits.push(binding);
    const block = ['{', unit + ensureLine, unit + initLine, unit + expression + ';', '}'].join(eol);
    // `) => expr;` becomes `) async { … }`; `) async => expr;` becomes `) async { … }`.
    edits.push(isAsync ? { start: bodyStart, end: end + 1, newText: block } : { start: paramsClose + 1, end: end + 1, newText: ` async ${block}` });
    return withImports();
  }
  if (masked[bodyStart] !== '{') return { reason: 'main() has no body' };
  const bodyClose = matchingBracket(masked, bodyStart);
  if (bodyClose < 0) return { reason: 'the body of main() is not closed' };
  if (!isAsync) edits.push({ start: paramsClose + 1, end: paramsClose + 1, newText: ' async' });

  ENSURE_INITIALIZED.lastIndex = bodyStart;
  const found = ENSURE_INITIALIZED.exec(masked);
  // A call inside an `if`/`try` block does not always run: the SDK is then initialised at the top of main.
  const placement = found && found.index < bodyClose ? placementOf(masked, bodyStart, found.index) : undefined;
  const ensure = placement && placement.kind !== 'block' ? found : undefined;
  if (ensure && placement) {
    const callEnd = ensure.index + ensure[0].length;
    if (!onlySpaceAfter(text, callEnd)) return { reason: 'WidgetsFlutterBinding.ensureInitialized() shares its line with other code' };
    const at = nextLineStart(text, callEnd);
    edits.push({ start: at, end: at, newText: indentationAt(text, ensure.index) + initLine + eol });
    // Inside a closure (runZonedGuarded(() { … })): that closure must be async too.
    if (placement.kind === 'closure' && !placement.isAsync) edits.push({ start: placement.open, end: placement.open, newText: 'async ' });
    return withImports();
  }
  const binding = bindingVisibility(text, masked);
  if (binding === 'import') uris.push(FLUTTER_WIDGETS_IMPORT);
  else if (binding) edits.push(binding);
  if (!onlySpaceAfter(text, bodyStart + 1)) return { reason: 'the body of main() starts on the line of its `{`' };
  const at = nextLineStart(text, bodyStart);
  const indent = indentationAt(text, lineStart(text, main.index)) + unit;
  edits.push({ start: at, end: at, newText: indent + ensureLine + eol + indent + initLine + eol });
  return withImports();
}

/**
 * `import '<uri>';` for each URI not yet imported: among the file's `package:` imports in sorted
 * position (as the `directives_ordering` lint wants), else together where `importEdit` puts imports.
 */
function packageImportEdits(text: string, masked: string, uris: readonly string[]): TextEdit[] {
  const missing = uris.filter((uri) => !text.includes(`'${uri}'`) && !text.includes(`"${uri}"`));
  if (missing.length === 0) return [];
  const eol = lineEnding(text);
  const packages: { start: number; uri: string }[] = [];
  const imports = /^import[ \t]+(['"])(package:[^'"\n]+)\1[^\n]*$/gm;
  for (let m = imports.exec(text); m; m = imports.exec(text)) if (masked.startsWith('import', m.index)) packages.push({ start: m.index, uri: m[2] });
  if (packages.length === 0) {
    const first = importEdit(text, masked, 'dart', { from: missing[0] });
    if (!first) return [];
    const statements = missing.map((uri) => `import '${uri}';`).join(eol);
    return [{ ...first, newText: first.newText.replace(`import '${missing[0]}';`, statements) }];
  }
  return [...missing].sort().map((uri) => {
    const statement = `import '${uri}';`;
    const next = packages.find((p) => p.uri > uri);
    if (next) return { start: next.start, end: next.start, newText: statement + eol };
    const at = lineEnd(text, packages[packages.length - 1].start);
    return { start: at, end: at, newText: eol + statement };
  });
}

/**
 * What makes `WidgetsFlutterBinding` visible: nothing when a Flutter library is imported whole; an
 * edit adding it to the `show` list of one imported with `show`; else an import of widgets.dart.
 */
function bindingVisibility(text: string, masked: string): TextEdit | 'import' | undefined {
  let shown: { at: number } | undefined;
  FLUTTER_IMPORT.lastIndex = 0;
  for (let m = FLUTTER_IMPORT.exec(text); m; m = FLUTTER_IMPORT.exec(text)) {
    if (!masked.startsWith('import', m.index + m[0].indexOf('import'))) continue;
    const combinators = m[2];
    const show = /\bshow\s+/.exec(combinators);
    if (!show) return undefined;
    if (/\bWidgetsFlutterBinding\b/.test(combinators)) return undefined;
    shown ??= { at: m.index + m[0].length - 1 - combinators.length + show.index + show[0].length };
  }
  if (shown) return { start: shown.at, end: shown.at, newText: 'WidgetsFlutterBinding, ' };
  return 'import';
}

/** The `;` ending an expression body (at bracket depth 0), or -1. */
function expressionEnd(masked: string, start: number): number {
  let depth = 0;
  for (let i = start; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ';' && depth === 0) return i;
    if (depth < 0) return -1;
  }
  return -1;
}

const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'else', 'try', 'finally', 'do']);

type Placement = { kind: 'main' } | { kind: 'closure'; open: number; isAsync: boolean } | { kind: 'block' };

/**
 * Where `offset` sits in main's body (which opens at `floor`): directly in main, directly in a
 * function literal (`() { … }`, `(e) async { … }`, as runZonedGuarded takes), or in a control block.
 */
function placementOf(masked: string, floor: number, offset: number): Placement {
  const stack: number[] = [];
  for (let i = floor + 1; i < offset; i++) {
    if (masked[i] === '{') stack.push(i);
    else if (masked[i] === '}') stack.pop();
  }
  const open = stack[stack.length - 1];
  if (open === undefined) return { kind: 'main' };
  const head = masked.slice(Math.max(floor, open - 300), open).trimEnd();
  if (/\b(?:async\*?|sync\*)$/.test(head)) return { kind: 'closure', open, isAsync: true };
  if (!head.endsWith(')')) return { kind: 'block' };
  let depth = 0;
  let i = head.length - 1;
  for (; i >= 0; i--) {
    if (head[i] === ')') depth++;
    else if (head[i] === '(' && --depth === 0) break;
  }
  const word = /([A-Za-z_]\w*)\s*$/.exec(head.slice(0, Math.max(0, i)))?.[1] ?? '';
  return CONTROL_KEYWORDS.has(word) ? { kind: 'block' } : { kind: 'closure', open, isAsync: false };
}

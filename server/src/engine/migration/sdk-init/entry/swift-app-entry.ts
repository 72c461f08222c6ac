/**
 * iOS (Swift): `try ApproovService.initialize(config: "<config>")`, in a do/catch, at the app's entry:
 * the `init()` of the `@main` SwiftUI `App` struct, or `application(_:didFinishLaunchingWithOptions:)`
 * of the app delegate; with `import ApproovURLSession` (or `ApproovAFSession` for Alamofire apps).
 */
import type { TextEdit } from '../../../findings';
import { importEdit } from '../../../fixes/imports';
import { buildCodeView } from '../../../lexer/code-view';
import { matchingBracket } from '../../../rules/support/code-syntax';
import { indentationAt, indentedLines, indentUnit, lineEnding, lineStart, nextLineStart, onlySpaceAfter } from '../text-layout';
import type { EditsOrReason } from './android-application';

export type SwiftEntryKind = 'swiftui-app' | 'app-delegate';

const INITIALIZE_CALL = /\bApproovService\s*\.\s*initialize\s*\(/;
/** Declaration heads; the header up to `{` is then checked separately (no regex runs over it unbounded). */
const MAIN_STRUCT = /@main\s+(?:(?:public|internal|final)\s+)*struct\s+(\w+)/g;
const MAIN_CLASS = /@(?:main|UIApplicationMain)\s+(?:(?:public|internal|final|open)\s+)*class\s+(\w+)/g;
const ANY_CLASS = /\bclass\s+(\w+)/g;
const MAX_HEADER = 500;
const DID_FINISH_LAUNCHING = /\bfunc\s+application\s*\(\s*_\s+\w+\s*:\s*UIApplication\s*,\s*didFinishLaunchingWithOptions\b/g;

export function swiftAlreadyInitialised(text: string): boolean {
  return INITIALIZE_CALL.test(buildCodeView(text, 'swift').masked);
}

interface EntryDeclaration {
  kind: SwiftEntryKind;
  name: string;
  start: number;
  bodyOpen: number;
}

/** The app's entry declared in the file: a `@main` SwiftUI App, a `@main`/`@UIApplicationMain` class, a UIApplicationDelegate. */
export function swiftEntryOf(text: string): EntryDeclaration | undefined {
  const masked = buildCodeView(text, 'swift').masked;
  const candidates: [RegExp, SwiftEntryKind, RegExp | undefined][] = [
    [MAIN_STRUCT, 'swiftui-app', /:[^]*\bApp\b/],
    [MAIN_CLASS, 'app-delegate', undefined],
    [ANY_CLASS, 'app-delegate', /:[^]*\bUIApplicationDelegate\b/],
  ];
  for (const [pattern, kind, header] of candidates) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
      const headEnd = m.index + m[0].length;
      const bodyOpen = masked.indexOf('{', headEnd);
      if (bodyOpen < 0 || bodyOpen - headEnd > MAX_HEADER) continue;
      if (header && !header.test(masked.slice(headEnd, bodyOpen))) continue;
      return { kind, name: m[1], start: m.index, bodyOpen };
    }
  }
  return undefined;
}

function initBlock(unit: string, configLiteral: string): string[] {
  return ['do {', `${unit}try ApproovService.initialize(config: ${configLiteral})`, '} catch {', `${unit}print("Approov SDK initialisation failed: \\(error)")`, '}'];
}

/** The edits initialising the SDK at the entry of `text`, plus `import <module>`. */
export function swiftInitEdits(text: string, module: string, configLiteral: string): EditsOrReason {
  const view = buildCodeView(text, 'swift');
  const masked = view.masked;
  const entry = swiftEntryOf(text);
  if (!entry) return { reason: 'no @main App, app delegate or UIApplicationDelegate in the file' };
  const bodyClose = matchingBracket(masked, entry.bodyOpen);
  if (bodyClose < 0) return { reason: `the body of ${entry.name} is not closed` };
  const eol = lineEnding(text);
  const unit = indentUnit(text, '    ');
  const memberIndent = indentationAt(text, entry.start) + unit;
  const block = initBlock(unit, configLiteral);
  const imports = importEdit(text, masked, 'swift', { from: module });
  const withImport = (edit: TextEdit): EditsOrReason => ({ edits: imports ? [imports, edit] : [edit] });

  // The first match of `pattern` that is a direct member of the body (depth counted in one forward pass).
  const memberAt = (pattern: RegExp): number => {
    pattern.lastIndex = entry.bodyOpen + 1;
    let depth = 0;
    let scanned = entry.bodyOpen + 1;
    for (let m = pattern.exec(masked); m && m.index < bodyClose; m = pattern.exec(masked)) {
      for (; scanned < m.index; scanned++) {
        if (masked[scanned] === '{') depth++;
        else if (masked[scanned] === '}') depth--;
      }
      if (depth === 0) return m.index;
    }
    return -1;
  };

  const method = entry.kind === 'swiftui-app' ? memberAt(/\binit\s*\(\s*\)\s*\{/g) : memberAt(DID_FINISH_LAUNCHING);
  if (method >= 0) {
    const open = masked.indexOf('{', entry.kind === 'swiftui-app' ? method : matchingBracket(masked, masked.indexOf('(', method)));
    if (open < 0 || !onlySpaceAfter(text, open + 1)) return { reason: 'the entry method body does not start on its own line' };
    const at = nextLineStart(text, open);
    return withImport({ start: at, end: at, newText: indentedLines(block, indentationAt(text, method) + unit, eol) });
  }

  if (entry.kind === 'swiftui-app') {
    // A new init() before `var body` (after the stored properties), else first in the struct.
    const body = memberAt(/\bvar\s+body\s*:/g);
    const declaration = ['init() {', ...block.map((l) => unit + l), '}'];
    if (body >= 0) {
      const at = lineStart(text, attributesStart(text, masked, body));
      return withImport({ start: at, end: at, newText: indentedLines(declaration, memberIndent, eol) + eol });
    }
    const at = nextLineStart(text, entry.bodyOpen);
    return withImport({ start: at, end: at, newText: indentedLines(declaration, memberIndent, eol) });
  }

  // An app delegate without didFinishLaunching: add it as the first method.
  const declaration = [
    'func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {',
    ...block.map((l) => unit + l),
    `${unit}return true`,
    '}',
  ];
  const firstFunc = memberAt(/\bfunc\s/g);
  if (firstFunc >= 0) {
    const at = lineStart(text, attributesStart(text, masked, firstFunc));
    return withImport({ start: at, end: at, newText: indentedLines(declaration, memberIndent, eol) + eol });
  }
  const closeLine = lineStart(text, bodyClose);
  if (!/^[ \t]*$/.test(text.slice(closeLine, bodyClose))) return { reason: `the body of ${entry.name} is on one line` };
  const hasMembers = text.slice(entry.bodyOpen + 1, closeLine).trim() !== '';
  return withImport({ start: closeLine, end: closeLine, newText: (hasMembers ? eol : '') + indentedLines(declaration, memberIndent, eol) });
}

/**
 * The start of the member declaration at `offset`, with the comment and attribute lines right above
 * it, and a `// MARK:` heading (with the blank line under it) that opens its section.
 */
function attributesStart(text: string, masked: string, offset: number): number {
  let start = lineStart(masked, offset);
  for (let i = 0; i < 50 && start > 0; i++) {
    const previous = lineStart(masked, start - 1);
    const code = masked.slice(previous, start).trim();
    const written = text.slice(previous, start).trim();
    if (written === '' && previous > 0) {
      const above = lineStart(masked, previous - 1);
      if (!/^\/\/\s*MARK:/.test(text.slice(above, previous).trim())) break;
      start = above;
      continue;
    }
    const comment = code === '' && written !== '';
    if (!comment && !/^@\w+(?:\([^)]*\))?$/.test(code)) break;
    start = previous;
  }
  return start;
}

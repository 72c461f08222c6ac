/**
 * Moving an Alamofire 5 `ServerTrustManager` with pinned evaluators to the dynamic pinning SDK
 * (module `ApproovAFSession`): the manager becomes `ApproovTrustManager(…)` without the evaluators
 * of pinned hosts (the SDK's evaluator takes over for hosts it manages), and each
 * `Session(…, serverTrustManager: manager, …)` built from it becomes `ApproovSession(…)!`.
 *
 * Facts from the SDK source (approov-service-alamofire): `ApproovTrustManager(allHostsMustBeEvaluated:
 * Bool = false, evaluators: [String: ServerTrustEvaluating]?)`; `ApproovSession` takes Session's
 * labels but is a failable initialiser (it never fails; `!` keeps the variable's type) and types
 * `serverTrustManager` as `ApproovTrustManager?` and `interceptor` as `Interceptor?`.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { importEdit } from '../../fixes/imports';
import { evaluatorSites, topLevelColon } from './alamofire';
import { assignedName, closingBracket, collectionElements, constantInitializer, dictionaryKeyOf, enclosingOpen, MAX_OCCURRENCES } from './apple-code';
import { collectionRemovalEdits } from './collection-edits';
import { escapeRegExp, skipSpace, splitArguments, type Span } from './code-syntax';

export interface AlamofireMigration {
  edits: TextEdit[];
  /** Hosts whose pinned evaluators are dropped. */
  hosts: string[];
  /** Whether a `Session(…)` of this file was turned into `ApproovSession(…)!`. */
  session: boolean;
}

interface TrustManagerCall {
  /** Offsets of `ServerTrustManager` (with an `Alamofire.` prefix when written). */
  nameStart: number;
  nameEnd: number;
  open: number;
  close: number;
  /** The bracket of the evaluators dictionary literal. */
  dictionary: number;
}

const MANAGER = /(?:\bAlamofire\s*\.\s*|(?<![\w.]))ServerTrustManager\s*\(/g;

/** The `ServerTrustManager(evaluators:)` calls of the file whose dictionary is inline or in a variable of this file. */
function trustManagerCalls(view: CodeView): TrustManagerCall[] {
  const masked = view.masked;
  const calls: TrustManagerCall[] = [];
  MANAGER.lastIndex = 0;
  for (let m = MANAGER.exec(masked); m && calls.length < MAX_OCCURRENCES; m = MANAGER.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = closingBracket(view, open);
    if (close === -1) continue;
    for (const arg of splitArguments(masked, open, close)) {
      const label = /^evaluators\s*:\s*/.exec(masked.slice(arg.start, arg.end));
      if (!label) continue;
      let dictionary = arg.start + label[0].length;
      if (masked[dictionary] !== '[') {
        const name = /^[A-Za-z_]\w*$/.exec(masked.slice(dictionary, arg.end).trim())?.[0];
        const init = name ? constantInitializer(view, name) : undefined;
        if (!init || masked[init.start] !== '[') continue;
        dictionary = init.start;
      }
      const nameEnd = m.index + m[0].lastIndexOf('ServerTrustManager') + 'ServerTrustManager'.length;
      calls.push({ nameStart: m.index, nameEnd, open, close, dictionary });
    }
  }
  return calls;
}

const CALLS = new WeakMap<CodeView, TrustManagerCall[]>();
const MIGRATIONS = new WeakMap<CodeView, Map<number, AlamofireMigration | undefined>>();

/**
 * The migration of the trust manager whose evaluators dictionary holds the evaluator at
 * `valueStart`, or undefined. Computed once per dictionary: every pinned host of it gets the same fix.
 */
export function alamofireMigration(view: CodeView, valueStart: number): AlamofireMigration | undefined {
  const key = dictionaryKeyOf(view, valueStart);
  if (!key) return undefined;
  const dictionary = enclosingOpen(view, key.start);
  let known = MIGRATIONS.get(view);
  if (!known) MIGRATIONS.set(view, (known = new Map()));
  if (!known.has(dictionary)) known.set(dictionary, migrationOf(view, dictionary));
  return known.get(dictionary);
}

function migrationOf(view: CodeView, dictionary: number): AlamofireMigration | undefined {
  const masked = view.masked;
  let calls = CALLS.get(view);
  if (!calls) CALLS.set(view, (calls = trustManagerCalls(view)));
  calls = calls.filter((c) => c.dictionary === dictionary);
  // One dictionary shared by several managers is rewritten for all of them or none: keep it simple.
  if (calls.length !== 1) return undefined;
  const call = calls[0];

  const pinned = new Set(evaluatorSites(view).filter((s) => s.kind !== 'disabled').map((s) => s.valueStart));
  const removed: Span[] = [];
  const hosts: string[] = [];
  for (const element of collectionElements(view, dictionary)) {
    const colon = topLevelColon(masked, element.start, element.end);
    if (colon === -1) return undefined;
    const value = skipSpace(masked, colon + 1);
    if (!pinned.has(value)) continue;
    removed.push(element);
    hosts.push(dictionaryKeyOf(view, value)?.key.value ?? masked.slice(element.start, colon).trim());
  }
  const dictionaryEdits = collectionRemovalEdits(view, dictionary, removed, true);
  if (!dictionaryEdits || removed.length === 0) return undefined;

  const edits: TextEdit[] = [{ start: call.nameStart, end: call.nameEnd, newText: 'ApproovTrustManager' }, ...dictionaryEdits];
  const managerName = assignedName(masked, call.nameStart);
  if (managerName) edits.push(...annotationEdits(masked, managerName));
  const sessions = sessionEdits(view, call, managerName);
  edits.push(...sessions);
  const imported = importEdit(view.text, masked, 'swift', { from: 'ApproovAFSession' });
  if (imported) edits.push(imported);
  return { edits: edits.sort((a, b) => a.start - b.start), hosts, session: sessions.length > 0 };
}

/** `let manager: ServerTrustManager = …` → `ApproovTrustManager`, as ApproovSession only takes that type. */
function annotationEdits(masked: string, name: string): TextEdit[] {
  const m = new RegExp(`\\b(?:let|var)\\s+${escapeRegExp(name)}\\s*:\\s*(?:Alamofire\\s*\\.\\s*)?ServerTrustManager\\b`).exec(masked);
  if (!m) return [];
  const typeStart = m.index + m[0].search(/(?:Alamofire\s*\.\s*)?ServerTrustManager$/);
  return [{ start: typeStart, end: m.index + m[0].length, newText: 'ApproovTrustManager' }];
}

const SESSION = /(?:\bAlamofire\s*\.\s*|(?<![\w.]))Session\s*\(/g;

/** `Session(…serverTrustManager: <this manager>…)` → `ApproovSession(…)!`, when ApproovSession takes the same arguments. */
function sessionEdits(view: CodeView, call: TrustManagerCall, managerName: string | undefined): TextEdit[] {
  const masked = view.masked;
  const edits: TextEdit[] = [];
  SESSION.lastIndex = 0;
  for (let m = SESSION.exec(masked); m && edits.length < MAX_OCCURRENCES; m = SESSION.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = closingBracket(view, open);
    if (close === -1) continue;
    const args = splitArguments(masked, open, close).map((a) => ({ ...a, text: masked.slice(a.start, a.end) }));
    const manager = args.find((a) => /^serverTrustManager\s*:/.test(a.text));
    if (!manager) continue;
    const value = skipSpace(masked, manager.start + manager.text.indexOf(':') + 1);
    const isThisManager =
      value === call.nameStart ||
      (managerName !== undefined && new RegExp(`^(?:self\\s*\\.\\s*)?${escapeRegExp(managerName)}$`).test(masked.slice(value, manager.end).trim()));
    if (!isThisManager) continue;
    // ApproovSession has no `session:` initialiser and takes an `Interceptor`, not any RequestInterceptor.
    if (args.some((a) => /^session\s*:/.test(a.text))) continue;
    const interceptor = args.find((a) => /^interceptor\s*:/.test(a.text));
    if (interceptor && !/^interceptor\s*:\s*(?:Alamofire\s*\.\s*)?Interceptor\s*\(/.test(interceptor.text)) continue;
    if (masked[skipSpace(masked, close + 1)] === '!' || masked[skipSpace(masked, close + 1)] === '?') continue;
    edits.push({ start: m.index, end: open, newText: 'ApproovSession' }, { start: close + 1, end: close + 1, newText: '!' });
  }
  return edits;
}

/**
 * Moving a file from `react-native-ssl-pinning`'s `fetch` to the global `fetch`, which the dynamic
 * pinning SDK (`@approov/approov-service-react-native`) intercepts: every call of the imported
 * function loses the package's security options (`sslPinning`, `pkPinning`, `disableAllSecurity`),
 * an aliased name becomes `fetch`, and the import goes. All of a file's calls move together, so the
 * import never goes while a call still needs it. Used by the pinning and the disableAllSecurity rules.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { matchingBracket, type Span } from './code-syntax';
import { esImportsOf, removeImportSpecifiers } from './code-fixes/js-imports';
import { listItemRemovals, listItems } from './code-fixes/list-items';
import { orphanedDeclarationRemovals } from './code-fixes/orphaned-declarations';
import { mergeEdits } from './code-fixes/removal';

const PACKAGE = 'react-native-ssl-pinning';
const PACKAGE_OPTIONS = /^(['"]?)(sslPinning|pkPinning|disableAllSecurity)\1\s*:/;
/** Options the global `fetch` has no equivalent for (base64 bodies). */
const UNPORTABLE_OPTIONS = /^(['"]?)responseType\1\s*:/;
/**
 * Reads of the package's response shape that the global `fetch` answers differently: `bodyString`,
 * and headers as a plain object (`res.headers['x']`, `res.headers.etag`) instead of a `Headers`.
 */
const PACKAGE_RESPONSE_API = /\bbodyString\b|\.\s*headers\s*(?:\[|\.\s*(?!(?:get|has|forEach|entries|keys|values)\b)[A-Za-z_$])/;
/** Calls looked at per file; bounds the work. */
const MAX_CALLS = 200;

export const GLOBAL_FETCH_DOCS =
  'The response of the global `fetch` has no `bodyString` and gives headers as a `Headers` object; a file that reads either the package\'s way, asks for `responseType`, passes options built elsewhere, or loads the package with `require`/`import *` gets no fix. Afterwards wrap the app in `ApproovProvider`, uninstall `react-native-ssl-pinning` and delete the bundled `.cer` files. `timeoutInterval` is kept: the global `fetch` ignores it (TypeScript flags it), so replace it with your own timeout if you relied on it.';

/**
 * The edits moving the file to the global `fetch`, or undefined when some use of the package cannot be
 * rewritten safely or the option at `siteOffset` would not be removed by them.
 */
export function globalFetchMigration(view: CodeView, siteOffset: number): TextEdit[] | undefined {
  // The same edits serve every finding of the file: computed once per file.
  if (!migrations.has(view)) migrations.set(view, fileMigration(view) ?? null);
  const migration = migrations.get(view);
  if (!migration || !migration.removed.some((p) => p.start <= siteOffset && siteOffset < p.end)) return undefined;
  return migration.edits;
}

const migrations = new WeakMap<CodeView, { edits: TextEdit[]; removed: Span[] } | null>();

function fileMigration(view: CodeView): { edits: TextEdit[]; removed: Span[] } | undefined {
  const masked = view.masked;
  const imports = esImportsOf(view, PACKAGE);
  if (imports.length !== 1 || imports[0].namespace || imports[0].defaultName) return undefined;
  if (requiresPackage(view) || PACKAGE_RESPONSE_API.test(masked)) return undefined;
  const statement = imports[0];
  const specifier = statement.specifiers.find((s) => s.imported === 'fetch');
  if (!specifier) return undefined;
  const local = specifier.local;
  const outsideImport = (offset: number): boolean => offset < statement.start || offset >= statement.end;

  // Another binding named `fetch` would capture the renamed calls.
  if (local !== 'fetch' && declaresFetch(masked, statement)) return undefined;

  const edits: TextEdit[] = [];
  const removed: Span[] = [];
  const use = new RegExp(`(?<![\\w$.])${local.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  let calls = 0;
  for (let m = use.exec(masked); m; m = use.exec(masked)) {
    if (!outsideImport(m.index)) continue;
    if (++calls > MAX_CALLS) return undefined;
    let open = m.index + local.length;
    while (open < masked.length && /\s/.test(masked[open])) open++;
    if (masked[open] !== '(') return undefined;
    const close = matchingBracket(masked, open);
    if (close < 0) return undefined;
    const args = listItems(masked, open, close);
    if (args.length > 2 || args.length === 0) return undefined;
    if (local !== 'fetch') edits.push({ start: m.index, end: m.index + local.length, newText: 'fetch' });
    if (args.length === 2) {
      const options = args[1];
      const optionsClose = masked[options.start] === '{' ? matchingBracket(masked, options.start) : -1;
      if (optionsClose + 1 !== options.end) return undefined;
      const properties = listItems(masked, options.start, optionsClose);
      const remove = new Set<number>();
      if (properties.some((p) => UNPORTABLE_OPTIONS.test(view.text.slice(p.start, p.end)))) return undefined;
      properties.forEach((p, i) => {
        if (PACKAGE_OPTIONS.test(view.text.slice(p.start, p.end))) {
          remove.add(i);
          removed.push(p);
        }
      });
      edits.push(...listItemRemovals(view.text, masked, options.start, optionsClose, remove));
    }
  }
  if (removed.length === 0) return undefined;
  edits.push(...removeImportSpecifiers(view, statement, ['fetch']));
  edits.push(...orphanedDeclarationRemovals(view, 'js', removed));
  const merged = mergeEdits(edits);
  return merged && { edits: merged, removed };
}

function requiresPackage(view: CodeView): boolean {
  return view.strings.some((s) => s.value === PACKAGE && /\b(?:require|import)\s*\(\s*$/.test(view.masked.slice(Math.max(0, s.start - 20), s.start)));
}

/** Whether the file declares or imports a `fetch` of its own (other than the package's import). */
function declaresFetch(masked: string, statement: Span): boolean {
  const pattern = /\b(?:const|let|var|function|class)\s+fetch\b|\b(?:const|let|var)\s*\{[^}]{0,200}?(?<![\w$.])fetch(?![\w$])|\bimport\b[^;]{0,200}?(?<![\w$.])fetch(?![\w$])[^;]{0,200}?\bfrom\b/g;
  for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
    if (m.index < statement.start || m.index >= statement.end) return true;
  }
  return false;
}

/**
 * Moving a Dart file's HTTP clients to the dynamic pinning SDK (package
 * `approov_service_flutter_httpclient`): `HttpClient()` → `ApproovHttpClient()` (it implements dart:io
 * `HttpClient`), `http.Client()` → `ApproovClient()` (an `http.BaseClient`), and the import. The Dart
 * pin fixes include these edits, so a file that is migrated has no plain client left.
 */
import type { Fix, TextEdit } from '../../findings';
import { importEdit } from '../../fixes/imports';
import type { CodeView } from '../../lexer/code-view';
import { matchingBracket, type Span } from './code-syntax';
import { orphanedDeclarationRemovals } from './code-fixes/orphaned-declarations';
import { DART_PINNING_IMPORTS, staleImportEdits } from './code-fixes/stale-imports';
import { fitInsertions, mergeEdits } from './code-fixes/removal';

export const APPROOV_DART_PACKAGE = 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

/** Clients migrated per file and kind; bounds the work on generated code. */
const MAX_CLIENTS = 500;
const PLAIN_IO_CLIENT = /(?<![\w$.])HttpClient\s*\(\s*\)/g;
const HTTP_OVERRIDES_CLASS = /\bclass\s+\w+[^{;]{0,200}?\bextends\s+HttpOverrides\b[^{;]{0,200}\{/g;

/**
 * Edits turning every plain `HttpClient()` and `http.Client()` of the file into its Approov client,
 * leaving out those inside `skip` (code the fix removes or rewrites) and inside `HttpOverrides`
 * subclasses (an ApproovHttpClient creates HttpClients itself, which would call the override again).
 */
export function plainClientMigrations(view: CodeView, skip: readonly Span[] = []): TextEdit[] {
  return clientSites(view).filter((edit) => !skip.some((s) => s.start <= edit.start && edit.start < s.end));
}

/** Every plain client of the file outside `HttpOverrides` subclasses, found once per file (each finding's fix asks). */
const clientSiteCache = new WeakMap<CodeView, TextEdit[]>();

function clientSites(view: CodeView): TextEdit[] {
  const cached = clientSiteCache.get(view);
  if (cached) return cached;
  const masked = view.masked;
  const overrides = httpOverridesClasses(view);
  const inside = (offset: number): boolean => overrides.some((s) => s.start <= offset && offset < s.end);
  const edits: TextEdit[] = [];
  PLAIN_IO_CLIENT.lastIndex = 0;
  for (let m = PLAIN_IO_CLIENT.exec(masked); m && edits.length < MAX_CLIENTS; m = PLAIN_IO_CLIENT.exec(masked)) {
    if (!inside(m.index)) edits.push({ start: m.index, end: m.index + m[0].length, newText: 'ApproovHttpClient()' });
  }
  const aliasName = httpAlias(view);
  if (aliasName) {
    const client = new RegExp(`(?<![\\w$.])${aliasName}\\s*\\.\\s*Client\\s*\\(\\s*\\)`, 'g');
    for (let m = client.exec(masked); m && edits.length < 2 * MAX_CLIENTS; m = client.exec(masked)) {
      if (!inside(m.index)) edits.push({ start: m.index, end: m.index + m[0].length, newText: 'ApproovClient()' });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  clientSiteCache.set(view, edits);
  return edits;
}

/** The prefix the file imports package:http under (`http` in `import 'package:http/http.dart' as http;`). */
function httpAlias(view: CodeView): string | undefined {
  const pattern = /^[ \t]*import[ \t]+(['"])package:http\/http\.dart\1[ \t]+as[ \t]+([A-Za-z_]\w*)[ \t]*;/m;
  const m = pattern.exec(view.text);
  // The import must be code, not a comment: the masked text still has `import` there.
  return m && view.masked.startsWith('import', m.index + m[0].indexOf('import')) ? m[2] : undefined;
}

function httpOverridesClasses(view: CodeView): Span[] {
  const spans: Span[] = [];
  HTTP_OVERRIDES_CLASS.lastIndex = 0;
  for (let m = HTTP_OVERRIDES_CLASS.exec(view.masked); m && spans.length < 20; m = HTTP_OVERRIDES_CLASS.exec(view.masked)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(view.masked, open);
    spans.push({ start: m.index, end: close < 0 ? view.masked.length : close + 1 });
  }
  return spans;
}

/** The edit importing the SDK package, when `edits` introduce one of its classes and the file lacks it. */
export function approovImportFor(view: CodeView, edits: readonly TextEdit[]): TextEdit[] {
  if (!edits.some((e) => /\bApproov/.test(e.newText))) return [];
  if (!importCache.has(view)) importCache.set(view, importEdit(view.text, view.masked, 'dart', { from: APPROOV_DART_PACKAGE }) ?? null);
  const edit = importCache.get(view);
  return edit ? [edit] : [];
}

const importCache = new WeakMap<CodeView, TextEdit | null>();

/**
 * The fix that applies `core` (the edits removing or rewriting the static pinning) and moves the rest
 * of the file to the SDK: plain clients become Approov clients, constants only the removed code used
 * go, and the SDK import is added. Undefined when the edits collide.
 */
export function dartMigrationFix(view: CodeView, title: string, core: readonly TextEdit[], options: { preferred?: boolean; migrateClients?: boolean } = {}): Fix | undefined {
  const touched: Span[] = core.map((e) => ({ start: e.start, end: e.end }));
  const migrations = options.migrateClients === false ? [] : plainClientMigrations(view, touched);
  const orphans = orphanedDeclarationRemovals(view, 'dart', touched).filter((o) => !migrations.some((m) => m.start < o.end && o.start < m.end));
  const introduced = migrations.length > 0 || core.some((e) => /\bApproov/.test(e.newText));
  const stale = staleImportEdits(view, DART_PINNING_IMPORTS, [...touched, ...orphans]);
  const own = mergeEdits(fitInsertions(view.text, [...core, ...orphans, ...stale, ...(introduced ? approovImportFor(view, [APPROOV_MARK]) : [])]));
  if (!own) return undefined;
  // The client edits are sorted and never overlap the fix's own (they were filtered by them): merge in one pass.
  const edits = mergeSorted(own, migrations);
  if (edits.length === 0 || edits.some((e, k) => k > 0 && e.start < edits[k - 1].end)) return undefined;
  return { title, ...(options.preferred === false ? {} : { preferred: true }), edits };
}

const APPROOV_MARK: TextEdit = { start: 0, end: 0, newText: 'Approov' };

function mergeSorted(a: readonly TextEdit[], b: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

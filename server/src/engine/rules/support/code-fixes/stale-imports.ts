/**
 * Imports that only the code a fix removes needed: `package:crypto` after a fingerprint check goes,
 * `dart:typed_data` and `rootBundle` after a bundled certificate stops being loaded, Python's `ssl`
 * after the unverified default context goes. Each import is known with the names it brings, so a
 * remaining use is told from the file's code (comments and strings do not count).
 *
 * When the fix removes some uses but others remain, an empty edit at the import makes the fixes of
 * the same file overlap, so fix-all applies them one per pass and the last one removes the import.
 */
import type { TextEdit } from '../../../findings';
import type { CodeView } from '../../../lexer/code-view';
import type { Span } from '../code-syntax';
import { removeCode, type CommentStyle } from './removal';

export interface KnownImport {
  /** The whole import statement (without prefixes such as `as x`, which are left alone). */
  statement: RegExp;
  /** The names it brings; null to read them from a `show a, b` list of the statement. */
  names: RegExp | null;
}

export const DART_PINNING_IMPORTS: readonly KnownImport[] = [
  {
    statement: /^[ \t]*import[ \t]+(['"])package:crypto\/crypto\.dart\1[ \t]*;/m,
    names: /\b(?:sha1|sha224|sha256|sha384|sha512|sha512224|sha512256|md5|Hmac|Digest|DigestSink|Hash)\b/g,
  },
  {
    statement: /^[ \t]*import[ \t]+(['"])dart:typed_data\1[ \t]*;/m,
    names: /\b(?:Uint8List|Int8List|Uint8ClampedList|Uint16List|Int16List|Uint32List|Int32List|Uint64List|Int64List|Float32List|Float64List|Float32x4List|Int32x4List|Float64x2List|Float32x4|Int32x4|Float64x2|ByteData|ByteBuffer|TypedData|Endian|UnmodifiableByteBufferView|UnmodifiableByteDataView)\b/g,
  },
  { statement: /^[ \t]*import[ \t]+(['"])package:flutter\/services\.dart\1[ \t]+show[ \t]+[\w, \t]+;/m, names: null },
];

export const PYTHON_SSL_IMPORT: readonly KnownImport[] = [{ statement: /^import[ \t]+ssl[ \t]*$/m, names: /\bssl\b/g }];

/** Edits removing (or serialising on) the known imports whose every use lies in `removed`. */
export function staleImportEdits(view: CodeView, imports: readonly KnownImport[], removed: readonly Span[], comments: CommentStyle = 'slash'): TextEdit[] {
  const edits: TextEdit[] = [];
  const inRemoved = (offset: number): boolean => removed.some((r) => r.start <= offset && offset < r.end);
  for (const known of imports) {
    const site = importSite(view, known);
    if (!site || inRemoved(site.start)) continue;
    const inside = site.uses.filter(inRemoved).length;
    if (inside === 0) continue;
    edits.push(inside === site.uses.length ? removeCode(view.text, view.masked, site.start, site.end, { comments }) : { start: site.start, end: site.start, newText: '' });
  }
  return edits;
}

interface ImportSite {
  start: number;
  end: number;
  /** Where the names it brings are used in the code (bounded). */
  uses: number[];
}

/** Import statements and their uses, found once per file: every finding's fix asks. */
const sites = new WeakMap<CodeView, Map<KnownImport, ImportSite | null>>();

function importSite(view: CodeView, known: KnownImport): ImportSite | undefined {
  let table = sites.get(view);
  if (!table) sites.set(view, (table = new Map()));
  if (!table.has(known)) table.set(known, findImport(view, known) ?? null);
  return table.get(known) ?? undefined;
}

function findImport(view: CodeView, known: KnownImport): ImportSite | undefined {
  const found = known.statement.exec(view.text);
  if (!found) return undefined;
  const start = found.index + (found[0].length - found[0].trimStart().length);
  const end = found.index + found[0].length;
  // The statement must be code, not a comment.
  if (view.masked.slice(start, start + 6) !== view.text.slice(start, start + 6)) return undefined;
  const names = known.names ?? showList(found[0]);
  if (!names) return undefined;
  const uses: number[] = [];
  names.lastIndex = 0;
  for (let m = names.exec(view.masked); m && uses.length < 1000; m = names.exec(view.masked)) {
    if (m.index < start || m.index >= end) uses.push(m.index);
  }
  return { start, end, uses };
}

/** `show rootBundle, PlatformException` → a pattern of those names. */
function showList(statement: string): RegExp | undefined {
  const list = /\bshow[ \t]+([\w, \t]+);/.exec(statement)?.[1];
  const names = list?.split(',').map((n) => n.trim()).filter((n) => /^\w+$/.test(n));
  return names?.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'g') : undefined;
}

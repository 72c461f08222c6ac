/**
 * Turns a fix's `appends` (lines added to another file, e.g. a secret moved to local.properties)
 * into workspace-edit parts: the target file is found on disk from the fixed document's folder,
 * created when missing, and only the lines it lacks are appended at its end.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CreateFile, TextDocumentEdit } from 'vscode-languageserver/node';
import type { FileAppend } from '../engine';

/** Folders climbed looking for a marker such as settings.gradle. */
const MAX_CLIMB = 12;

/** The text of an open document, when the editor has it open (it may differ from disk). */
export type OpenText = (uri: string) => string | undefined;

export function appendEdits(documentUri: string, appends: readonly FileAppend[], openText: OpenText): (CreateFile | TextDocumentEdit)[] {
  if (!documentUri.startsWith('file:')) return [];
  const folder = path.dirname(fileURLToPath(documentUri));
  const parts: (CreateFile | TextDocumentEdit)[] = [];
  for (const append of appends) {
    const target = path.join(append.besideOneOf ? folderWithMarker(folder, append.besideOneOf) : folder, append.file);
    const uri = pathToFileURL(target).href;
    const existing = openText(uri) ?? (existsSync(target) ? readFileSync(target, 'utf8') : undefined);
    if (existing === undefined) parts.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
    const have = new Set((existing ?? '').split(/\r?\n/).map((l) => l.trim()));
    const missing = append.lines.filter((l) => !have.has(l.trim()));
    if (missing.length === 0) continue;
    const text = existing ?? '';
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const separator = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    parts.push({
      textDocument: { uri, version: null },
      edits: [{ range: { start: end, end }, newText: separator + missing.join('\n') + '\n' }],
    });
  }
  return parts;
}

function folderWithMarker(start: string, markers: readonly string[]): string {
  let dir = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    if (markers.some((m) => existsSync(path.join(dir, m)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return start;
}

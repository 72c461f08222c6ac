/**
 * Moving a Swift file's URLSession code to the dynamic pinning SDK (`ApproovURLSession`, module
 * `ApproovURLSession`): sessions created with `URLSession(configuration:…)` become
 * `ApproovURLSession(configuration:…)` (a URLSession subclass), and the async/Combine calls that the
 * SDK does not intercept are renamed on those sessions (`data(for:)` → `dataWithApproov(for:)`, …).
 * `URLSession.shared` and sessions the file does not create are left alone.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { importEdit } from '../../fixes/imports';
import { assignedName, closingBracket, MAX_OCCURRENCES } from './apple-code';
import { escapeRegExp } from './code-syntax';

const CREATION = /(?<![\w.])URLSession\s*\(\s*configuration\s*:/g;

/** SDK replacements for the URLSession methods it does not intercept (ApproovURLSession.swift). */
const RENAMED: Record<string, string> = {
  data: 'dataWithApproov',
  upload: 'uploadWithApproov',
  download: 'downloadWithApproov',
  dataTaskPublisher: 'dataTaskPublisherWithApproov',
};

export interface UrlSessionMigration {
  edits: TextEdit[];
  /** Names of the variables or properties that hold a migrated session. */
  sessions: string[];
}

const MIGRATIONS = new WeakMap<CodeView, UrlSessionMigration | undefined>();

/** The edits moving the file's sessions to ApproovURLSession, or undefined when it creates none (computed once per file). */
export function urlSessionMigration(view: CodeView): UrlSessionMigration | undefined {
  if (!MIGRATIONS.has(view)) MIGRATIONS.set(view, computeMigration(view));
  return MIGRATIONS.get(view);
}

function computeMigration(view: CodeView): UrlSessionMigration | undefined {
  const masked = view.masked;
  const edits: TextEdit[] = [];
  const names = new Set<string>();
  CREATION.lastIndex = 0;
  let seen = 0;
  for (let m = CREATION.exec(masked); m && seen < MAX_OCCURRENCES; m = CREATION.exec(masked), seen++) {
    const open = masked.indexOf('(', m.index);
    if (closingBracket(view, open) === -1) continue;
    edits.push({ start: m.index, end: m.index + 'URLSession'.length, newText: 'ApproovURLSession' });
    const name = assignedName(masked, m.index);
    if (name) names.add(name);
  }
  if (edits.length === 0) return undefined;
  for (const name of names) {
    edits.push(...annotationEdits(masked, name), ...callEdits(masked, name));
  }
  const imported = importEdit(view.text, masked, 'swift', { from: 'ApproovURLSession' });
  if (imported) edits.push(imported);
  return { edits: edits.sort((a, b) => a.start - b.start), sessions: [...names] };
}

/** `var session: URLSession` (also `URLSession?`/`URLSession!`) → `ApproovURLSession`, so the SDK's methods are visible. */
function annotationEdits(masked: string, name: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const pattern = new RegExp(`\\b(?:let|var)\\s+${escapeRegExp(name)}\\s*:\\s*(URLSession)\\b(?!\\.)`, 'g');
  for (let m = pattern.exec(masked); m && edits.length < 20; m = pattern.exec(masked)) {
    const start = m.index + m[0].length - m[1].length;
    edits.push({ start, end: start + m[1].length, newText: 'ApproovURLSession' });
  }
  return edits;
}

/** `session.data(for: …)` → `session.dataWithApproov(for: …)` and the other renamed calls, on this session only. */
function callEdits(masked: string, name: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const pattern = new RegExp(
    `(?<![\\w.])(?:self\\s*\\.\\s*)?${escapeRegExp(name)}\\s*[?!]?\\s*\\.\\s*(data|upload|download|dataTaskPublisher)\\s*\\(\\s*(for|from)\\s*:`,
    'g',
  );
  for (let m = pattern.exec(masked); m && edits.length < MAX_OCCURRENCES; m = pattern.exec(masked)) {
    const method = m[1];
    if (method === 'dataTaskPublisher' && m[2] !== 'for') continue;
    const start = m.index + m[0].lastIndexOf(method, m[0].indexOf('('));
    edits.push({ start, end: start + method.length, newText: RENAMED[method] });
  }
  return edits;
}

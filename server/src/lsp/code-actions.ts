/**
 * Quick fixes, fix-all and "Migrate this file to dynamic pinning", computed from a fresh scan of the
 * document's current text so they never apply to stale offsets (the approach vscode-eslint takes).
 * The two whole-file actions run the engine's multi-pass fix-all and return one minimal edit.
 */
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { CodeActionKind, CodeActionTriggerKind } from './lsp-values';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Scanner, TextEdit } from '../engine';
import { fixAll, minimalEdit } from '../engine/fixes/fix-all';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { appendEdits, type OpenText } from './file-appends';
import { suppressionActions } from './suppression-actions';

export const FIX_ALL_KIND = 'source.fixAll.pinHygiene';
/** "Migrate this file to dynamic pinning": fix-all of the file's `pin` and `tls` findings. */
export const MIGRATE_FILE_KIND = 'source.migrateToDynamicPinning.pinHygiene';

/** The findings a migration to dynamic pinning fixes: hardcoded pins and disabled checks. */
export function isMigrationFinding(finding: Finding): boolean {
  return finding.category === 'pin' || finding.category === 'tls';
}

export function codeActionsFor(
  document: TextDocument,
  params: CodeActionParams,
  scanner: Scanner,
  openText: OpenText = () => undefined,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  // Source actions (whole-file) cost a scan per fix pass: computed when asked for by kind, or on an
  // explicit request without a kind (Neovim's code-action menu), not on the editor's lightbulb checks.
  const wantsSource = (kind: string): boolean => (only ? wants(kind) : params.context.triggerKind !== CodeActionTriggerKind.Automatic);
  const text = document.getText();
  const findings = scanner.scan(document.uri, text, document.languageId).findings;
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    for (const finding of findings) {
      if (!finding.fixes || finding.endOffset < start || finding.offset > end) continue;
      const diagnostic = params.context.diagnostics.find((d) => matches(d, finding));
      for (const fix of finding.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: diagnostic ? [diagnostic] : undefined,
          edit: workspaceEdit(document, fix, openText),
        });
      }
    }
  }

  if (wants(CodeActionKind.QuickFix)) actions.push(...suppressionActions(document, params, findings));

  // The first pass scans the text already scanned above.
  const scanText = (t: string): readonly Finding[] => (t === text ? findings : scanner.scan(document.uri, t, document.languageId).findings);
  if (wantsSource(FIX_ALL_KIND)) {
    const edit = minimalEdit(text, fixAll(text, scanText).text);
    if (edit) actions.push({ title: 'Fix all Pin Hygiene problems that have a safe fix', kind: FIX_ALL_KIND, edit: singleEdit(document, edit) });
  }
  if (wantsSource(MIGRATE_FILE_KIND)) {
    const edit = minimalEdit(text, fixAll(text, scanText, isMigrationFinding).text);
    if (edit) actions.push({ title: 'Migrate this file to dynamic pinning', kind: MIGRATE_FILE_KIND, edit: singleEdit(document, edit) });
  }
  return actions;
}

function singleEdit(document: TextDocument, edit: TextEdit): CodeAction['edit'] {
  return { changes: { [document.uri]: [toLspEdit(document, edit)] } };
}

function matches(diagnostic: Diagnostic, finding: Finding): boolean {
  return (
    diagnostic.source === DIAGNOSTIC_SOURCE &&
    diagnostic.code === finding.ruleId &&
    diagnostic.range.start.line === finding.line - 1 &&
    diagnostic.range.start.character === finding.column - 1
  );
}

/** Edits of the document alone, or, when the fix adds lines to other files, document changes for all of them. */
function workspaceEdit(document: TextDocument, fix: Fix, openText: OpenText): CodeAction['edit'] {
  const edits = fix.edits.map((e) => toLspEdit(document, e));
  if (!fix.appends?.length) return { changes: { [document.uri]: edits } };
  return {
    documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }, ...appendEdits(document.uri, fix.appends, openText)],
  };
}

function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}

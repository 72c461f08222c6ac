/**
 * Quick fixes and fix-all, computed from a fresh scan of the document's current text so they
 * never apply to stale offsets (the approach vscode-eslint takes).
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Scanner, TextEdit } from '../engine';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { appendEdits, type OpenText } from './file-appends';
import { suppressionActions } from './suppression-actions';

export const FIX_ALL_KIND = 'source.fixAll.pinHygiene';

export function codeActionsFor(
  document: TextDocument,
  params: CodeActionParams,
  scanner: Scanner,
  openText: OpenText = () => undefined,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const findings = scanner.scan(document.uri, document.getText(), document.languageId).findings;
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

  if (wants(FIX_ALL_KIND) || (only?.includes(CodeActionKind.SourceFixAll) ?? false)) {
    const edits = nonOverlappingPreferredEdits(findings);
    if (edits.length > 0) {
      actions.push({
        title: 'Fix all Pin Hygiene problems that have a safe fix',
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.uri]: edits.map((e) => toLspEdit(document, e)) } },
      });
    }
  }
  return actions;
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

/**
 * The preferred fix of every fixable finding, dropping any whose edits overlap an earlier one.
 * Fixes that touch other files or leave a step to the user (secret migrations) are never applied in bulk.
 */
export function nonOverlappingPreferredEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const bulk = finding.fixes?.filter((f) => !f.appends?.length && !f.followUp);
    const fix = bulk?.find((f) => f.preferred) ?? bulk?.[0];
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end));
    if (!overlaps) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}

/**
 * "Suppress <rule-id> on the next line" for every finding in the requested range: a quick fix that
 * is never preferred, so it never replaces the rule's own fix as the default.
 */
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { CodeActionKind } from './lsp-values';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindOfDocument, suppressionFix, type Finding } from '../engine';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export function suppressionActions(document: TextDocument, params: CodeActionParams, findings: readonly Finding[]): CodeAction[] {
  const kind = fileKindOfDocument(document.uri, document.languageId);
  if (!kind) return [];
  const text = document.getText();
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const finding of findings) {
    if (finding.endOffset < start || finding.offset > end) continue;
    const line = text.lastIndexOf('\n', finding.offset - 1);
    const key = `${finding.ruleId}\0${line}`;
    if (offered.has(key)) continue; // one comment per rule and line is enough
    const fix = suppressionFix(kind, text, finding);
    if (!fix) continue;
    offered.add(key);
    const diagnostic = params.context.diagnostics.find((d) => isDiagnosticOf(d, finding));
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: false,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      edit: {
        changes: {
          [document.uri]: fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })),
        },
      },
    });
  }
  return actions;
}

function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  return (
    diagnostic.source === DIAGNOSTIC_SOURCE &&
    diagnostic.code === finding.ruleId &&
    diagnostic.range.start.line === finding.line - 1 &&
    diagnostic.range.start.character === finding.column - 1
  );
}

/**
 * "Pin Hygiene: Migrate Workspace to Dynamic Pinning": the server builds one workspace edit (every
 * `pin` and `tls` finding with an automatic fix, one change annotation per rule, each needing
 * confirmation); VS Code shows it in the refactor preview, and nothing changes until the user
 * applies it there. Disabled in Restricted Mode: it rewrites the workspace's code.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  MIGRATE_PROGRESS,
  MIGRATE_WORKSPACE,
  type MigrateProgressParams,
  type MigrateWorkspaceResult,
} from '../../../server/src/lsp/migration-protocol';

export async function migrateWorkspace(client: LanguageClient | undefined, output: vscode.LogOutputChannel): Promise<void> {
  if (!client) return;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Pin Hygiene: migrating the workspace is disabled in Restricted Mode. Trust the workspace to migrate it.');
    return;
  }
  let result: MigrateWorkspaceResult | undefined;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Pin Hygiene: preparing the migration to dynamic pinning', cancellable: true },
      async (progress, token) => {
        const listener = client.onNotification(MIGRATE_PROGRESS, (p: MigrateProgressParams) =>
          progress.report({ message: `${p.filesScanned} files scanned, ${p.filesToMigrate} to migrate` }),
        );
        try {
          const answer = await client.sendRequest<MigrateWorkspaceResult>(MIGRATE_WORKSPACE, {}, token);
          return token.isCancellationRequested ? { ...answer, cancelled: true } : answer;
        } finally {
          listener.dispose();
        }
      },
    );
  } catch (e) {
    if (e instanceof vscode.CancellationError) result = undefined;
    else {
      void vscode.window.showErrorMessage(`Pin Hygiene: the migration could not be prepared: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
  }
  if (!result || result.cancelled) {
    void vscode.window.showInformationMessage('Pin Hygiene: migration cancelled; nothing changed.');
    return;
  }
  for (const s of result.skipped) output.warn(`Migration: left out ${s.uri}: ${s.reason}`);
  const leftOut = result.skipped.length > 0 ? ` ${result.skipped.length} file(s) left out (see Pin Hygiene: Show Output).` : '';
  if (!result.edit || result.fixes === 0) {
    output.info(`Migration: nothing to migrate in ${result.filesScanned} files scanned.`);
    void vscode.window.showInformationMessage(
      `Pin Hygiene: nothing to migrate: no hardcoded pin or disabled TLS check in the ${result.filesScanned} files scanned has an automatic fix.${leftOut}`,
    );
    return;
  }
  const stale = staleDocuments(result);
  if (stale.length > 0) {
    void vscode.window.showWarningMessage(`Pin Hygiene: ${stale.join(', ')} changed while the migration was prepared; run the migration again.`);
    return;
  }
  const summary = `${result.fixes} fix${result.fixes === 1 ? '' : 'es'} in ${result.files} file${result.files === 1 ? '' : 's'}`;
  output.info(`Migration prepared: ${summary} (${result.rules.map((r) => `${r.ruleId}: ${r.fixes}`).join(', ')}); waiting for the refactor preview.`);
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  // The annotations need confirmation, so VS Code opens the refactor preview and waits for Apply or Discard.
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied) {
    output.info(`Migration applied: ${summary}.`);
    void vscode.window.showInformationMessage(`Pin Hygiene: migrated ${summary} to dynamic pinning. Add the SDK's initialisation and dependency if the app does not have them yet.${leftOut}`);
  } else {
    output.info('Migration discarded in the refactor preview; nothing changed.');
    void vscode.window.showInformationMessage('Pin Hygiene: migration not applied; nothing changed.');
  }
}

/** Open documents edited since the server read them (the converted edit no longer carries versions). */
function staleDocuments(result: MigrateWorkspaceResult): string[] {
  const stale: string[] = [];
  for (const change of result.edit?.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.version === null) continue;
    const uri = vscode.Uri.parse(change.textDocument.uri).toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document && document.version !== change.textDocument.version) stale.push(vscode.workspace.asRelativePath(document.uri));
  }
  return stale;
}

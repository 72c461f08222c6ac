/**
 * The workspace migration request between the VS Code client and the server ("Pin Hygiene: Migrate
 * Workspace to Dynamic Pinning"). Plain types and method names only, so the client can import them.
 */
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

/**
 * Builds one workspace edit that applies the bulk fixes of every `pin` and `tls` finding of the
 * workspace, with one change annotation per rule (`needsConfirmation`, so the editor previews it).
 * Nothing is changed by the server. Cancellable; progress as MIGRATE_PROGRESS notifications.
 */
export const MIGRATE_WORKSPACE = 'pinHygiene/migrateWorkspace';

export interface MigrateWorkspaceResult {
  /** Absent when there is nothing to migrate (or the request was cancelled). */
  edit?: WorkspaceEdit;
  files: number;
  fixes: number;
  /** Per rule: fixes and files, in the order the annotations list them. */
  rules: { ruleId: string; title: string; fixes: number; files: number }[];
  /** Files with fixes that were left out, and why (a fix that does not apply cleanly, a file that would not parse). */
  skipped: { uri: string; reason: string }[];
  filesScanned: number;
  cancelled: boolean;
}

export const MIGRATE_PROGRESS = 'pinHygiene/migrateProgress';
export interface MigrateProgressParams {
  filesScanned: number;
  /** Files found so far with something to migrate. */
  filesToMigrate: number;
}

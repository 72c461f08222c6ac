/**
 * "Migrate Workspace to Dynamic Pinning": scans every workspace folder, runs fix-all restricted to
 * `pin` and `tls` findings on each file that has such a fix (the open editor's text when the file
 * is open, else the file on disk), and returns ONE workspace edit. Each edit carries the change
 * annotation of the rule whose fix made it, with `needsConfirmation`, so the editor shows its
 * refactor preview and nothing changes until the user accepts. Only edits are kept in memory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_EXCLUDES, decodeText, fileKindOf, largerThan, scanTree, type Finding, type ScanResult } from '../engine';
import { bulkFixOf } from '../engine/fixes/fix-all';
import { isMigrationFinding } from './code-actions';
import { AnnotatedWorkspaceEdit, migrateText } from './migration-edit';
import { MIGRATE_PROGRESS, type MigrateProgressParams, type MigrateWorkspaceResult } from './migration-protocol';
import type { ScannerCache } from './scanner-cache';
import type { SettingsStore } from './settings-store';

/** A file with at least one `pin`/`tls` finding that has a bulk fix. */
interface Candidate {
  uri: string;
  /** Its text and a scan of any text, from the open document or from disk. */
  read: () => { text: string; version: number | null } | { skipped: string };
  scan: (text: string) => ScanResult;
}

/** Files fixed between two yields to the event loop (so a cancellation can arrive). */
const FILES_PER_TURN = 8;

export class WorkspaceMigration {
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly scanners: ScannerCache,
  ) {}

  async build(folderUris: readonly string[], token: CancellationToken): Promise<MigrateWorkspaceResult> {
    const result: MigrateWorkspaceResult = { files: 0, fixes: 0, rules: [], skipped: [], filesScanned: 0, cancelled: false };
    const candidates = await this.findCandidates(folderUris, token, result);
    if (token.isCancellationRequested) return { ...result, cancelled: true };

    const edit = new AnnotatedWorkspaceEdit();
    let sinceYield = 0;
    for (const candidate of candidates) {
      if (++sinceYield >= FILES_PER_TURN) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) return { ...result, cancelled: true };
      }
      const read = candidate.read();
      if ('skipped' in read) {
        result.skipped.push({ uri: candidate.uri, reason: read.skipped });
        continue;
      }
      const outcome = migrateText(read.text, candidate.scan);
      if ('skipped' in outcome) result.skipped.push({ uri: candidate.uri, reason: outcome.skipped });
      else if (outcome.edits.length > 0) edit.addFile(candidate.uri, read.version, read.text, outcome.edits, outcome.fixesByRule);
    }
    return { ...result, ...edit.summary() };
  }

  /** Walks each folder with its settings; open documents are judged by their editor text. */
  private async findCandidates(folderUris: readonly string[], token: CancellationToken, result: MigrateWorkspaceResult): Promise<Candidate[]> {
    const candidates = new Map<string, Candidate>();
    const progress = (): void =>
      void this.connection.sendNotification(MIGRATE_PROGRESS, { filesScanned: result.filesScanned, filesToMigrate: candidates.size } satisfies MigrateProgressParams);
    for (const folderUri of folderUris) {
      if (!folderUri.startsWith('file:') || token.isCancellationRequested) continue;
      const settings = await this.settings.forDocument(folderUri);
      if (!settings.enable) continue;
      const scanner = this.scanners.get(settings);
      const folder = fileURLToPath(folderUri);
      const maxFileBytes = settings.maxFileSizeKiB * 1024;
      const scannedBefore = result.filesScanned;
      const summary = await scanTree(
        [folder],
        {
          cwd: folder,
          exclude: [...DEFAULT_EXCLUDES, ...settings.exclude],
          maxFileBytes,
          scanOptions: this.scanners.scanOptions(settings),
          cache: this.scanners.resultCache(settings),
          isCancelled: () => token.isCancellationRequested,
          onProgress: (scanned) => {
            result.filesScanned = scannedBefore + scanned;
            progress();
          },
        },
        (scan) => {
          const uri = pathToFileURL(scan.absolute).href;
          const document = this.documents.get(uri);
          if (candidates.has(uri)) return;
          if (document) {
            const scanOpen = (text: string): ScanResult => scanner.scan(uri, text, document.languageId);
            if (!hasMigrationFix(scanOpen(document.getText()).findings)) return;
            candidates.set(uri, {
              uri,
              read: () => {
                const current = this.documents.get(uri);
                return current ? { text: current.getText(), version: current.version } : { skipped: 'closed while the migration was prepared' };
              },
              scan: scanOpen,
            });
            return;
          }
          const kind = fileKindOf(scan.absolute);
          if (!kind || !hasMigrationFix(scan.findings)) return;
          candidates.set(uri, {
            uri,
            read: () => readFromDisk(scan.absolute, maxFileBytes),
            scan: (text) => scanner.scanKind(scan.absolute, text, kind),
          });
        },
      );
      result.filesScanned = scannedBefore + summary.filesScanned;
      progress();
    }
    return [...candidates.values()];
  }
}

function hasMigrationFix(findings: readonly Finding[]): boolean {
  return findings.some((f) => isMigrationFinding(f) && (bulkFixOf(f)?.edits.length ?? 0) > 0);
}

function readFromDisk(absolute: string, maxFileBytes: number): { text: string; version: null } | { skipped: string } {
  try {
    const bytes = readFileSync(absolute);
    if (bytes.length > maxFileBytes) return { skipped: largerThan(maxFileBytes) };
    const read = decodeText(bytes);
    return read.skipped !== undefined ? { skipped: read.skipped } : { text: read.text, version: null };
  } catch (e) {
    return { skipped: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

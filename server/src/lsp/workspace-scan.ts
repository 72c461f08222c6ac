/**
 * The workspace-wide scan: reports files that are not open, keeps them current on file-system
 * events, and hands a file back to the disk scan when its editor closes.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { FileChangeType } from './lsp-values';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_EXCLUDES, excludeMatcher, fileKindOf, readCertificateFile, scanFileSync, scanTree, WorkspaceChecks, type Finding } from '../engine';
import { toDiagnostic } from './diagnostics';
import type { PinIndex } from './pin-index';
import type { ScannerCache } from './scanner-cache';
import type { Settings } from './settings';
import type { SettingsStore } from './settings-store';

export class WorkspaceScan {
  progressSupported = false;
  /** Called after each complete scan (the pin inventory changed). */
  onScanned?: () => void;
  /** Files not open in the editor that currently have published diagnostics. */
  private readonly published = new Set<string>();
  private generation = 0;
  /** Files re-scanned on their own (file events, editor closed) while a full scan runs: newer than the walk's results. */
  private readonly rescannedDuringRun = new Set<string>();
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly scanners: ScannerCache,
    private readonly pins: PinIndex,
  ) {}

  /** (Re)scans every folder; a newer run makes an older one stop at its next file. */
  async run(folderUris: string[]): Promise<void> {
    const generation = ++this.generation;
    this.rescannedDuringRun.clear();
    this.folders = folderUris.filter((u) => u.startsWith('file:'));
    const stale = new Set(this.published);
    const progress = this.progressSupported ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Pin Hygiene', undefined, 'Scanning workspace…', true);
    let files = 0;
    let withFindings = 0;
    const started = Date.now();
    try {
      for (const folderUri of this.folders) {
        const settings = await this.settings.forDocument(folderUri);
        if (!settings.enable || !settings.scanWorkspace) continue;
        const folder = fileURLToPath(folderUri);
        const exclude = [...DEFAULT_EXCLUDES, ...settings.exclude];
        // Workspace-level checks (pin-cross-platform-mismatch): fed with the folder's pin findings, run
        // after its walk; their findings are added to those files' diagnostics. Only a full scan
        // refreshes them (open editors and single-file rescans show per-file findings only).
        const workspaceChecks = new WorkspaceChecks({ rules: settings.rules });
        const pinFiles = new Map<string, Finding[]>();
        let cancelled = false;
        await scanTree(
          [folder],
          {
            cwd: folder,
            exclude,
            maxFileBytes: settings.maxFileSizeKiB * 1024,
            scanOptions: this.scanners.scanOptions(settings),
            cache: this.scanners.resultCache(settings),
            isCancelled: () => (cancelled ||= generation !== this.generation || Boolean(progress?.token.isCancellationRequested)),
            onProgress: (scanned) => progress?.report(`${files + scanned} files scanned`),
          },
          (scan) => {
            if (cancelled) return;
            const uri = pathToFileURL(scan.absolute).href;
            stale.delete(uri);
            if (scan.findings.some((f) => f.category === 'pin')) {
              workspaceChecks.add(scan.findings);
              pinFiles.set(uri, scan.findings);
            }
            if (fileKindOf(scan.absolute) === 'certificate') void this.learnCertificates(scan.absolute, uri);
            if (this.documents.get(uri) || this.rescannedDuringRun.has(uri)) return; // the open editor's text, or a newer rescan, wins
            if (scan.findings.length > 0) withFindings++;
            this.publish(uri, scan.findings, settings);
          },
        ).then((summary) => (files += summary.filesScanned));
        if (cancelled) return;
        const extra = new Map<string, Finding[]>();
        for (const finding of workspaceChecks.run()) {
          const uri = pathToFileURL(join(folder, finding.file)).href;
          extra.set(uri, [...(extra.get(uri) ?? []), finding]);
        }
        for (const [uri, added] of extra) {
          if (this.documents.get(uri) || this.rescannedDuringRun.has(uri)) continue;
          this.publish(uri, [...(pinFiles.get(uri) ?? []), ...added], settings);
        }
      }
      if (generation !== this.generation) return;
      for (const uri of stale) if (!this.documents.get(uri)) this.publish(uri, []);
      this.onScanned?.();
      this.connection.console.info(`Workspace scan: ${files} files in ${Date.now() - started} ms, ${withFindings} with findings.`);
    } catch (e) {
      this.connection.console.error(`Workspace scan failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      progress?.done();
    }
  }

  /** An editor closed: its unsaved text no longer counts, so report what the file on disk holds. */
  async documentClosed(uri: string): Promise<void> {
    this.published.add(uri); // the editor's diagnostics are still shown and must be replaced
    await this.rescanFile(uri);
  }

  async fileChanged(uri: string, type: FileChangeType): Promise<void> {
    if (uri.startsWith('file:')) this.scanners.forgetFile(fileURLToPath(uri));
    if (this.documents.get(uri)) return;
    if (type === FileChangeType.Deleted) {
      this.rescannedDuringRun.add(uri);
      this.publish(uri, []);
    }
    else await this.rescanFile(uri);
  }

  private async rescanFile(uri: string): Promise<void> {
    this.rescannedDuringRun.add(uri);
    if (!uri.startsWith('file:')) return this.publish(uri, []);
    const folderUri = this.folders.find((f) => uri.startsWith(f.endsWith('/') ? f : f + '/'));
    const settings = folderUri ? await this.settings.forDocument(folderUri) : undefined;
    if (!folderUri || !settings || !settings.enable || !settings.scanWorkspace || this.isExcluded(uri, folderUri, settings)) {
      return this.publish(uri, []);
    }
    const path = fileURLToPath(uri);
    const kind = fileKindOf(path);
    const scanner = this.scanners.get(settings);
    if (!kind || !scanner.handles(kind)) return this.publish(uri, []);
    const { findings } = scanFileSync(path, path, kind, scanner, settings.maxFileSizeKiB * 1024);
    if (this.documents.get(uri)) return; // reopened meanwhile
    this.publish(uri, findings, settings);
  }

  private isExcluded(uri: string, folderUri: string, settings: Settings): boolean {
    const relative = decodeURIComponent(uri.slice(folderUri.replace(/\/$/, '').length + 1));
    return excludeMatcher([...DEFAULT_EXCLUDES, ...settings.exclude])(relative);
  }

  /** Bundled certificates (PEM/DER/PKCS#7 assets) feed pin hovers: which certificate a pin names. */
  private async learnCertificates(path: string, uri: string): Promise<void> {
    try {
      this.pins.recordCertificates((await readCertificateFile(path)).chain, `bundled file ${uri}`);
    } catch {
      // not a certificate after all; the pin rules report what matters
    }
  }

  private publish(uri: string, findings: readonly Finding[], settings?: Settings): void {
    const diagnostics = this.pins.withLive(uri, findings, settings?.rules).map((f) => toDiagnostic(f, settings?.docsBaseUrl ?? ''));
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}

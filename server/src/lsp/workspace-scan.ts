/**
 * The workspace-wide scan: reports files that are not open, keeps them current on file-system
 * events, and hands a file back to the disk scan when its editor closes.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_EXCLUDES, excludeMatcher, fileKindOf, readTextFile, scanPaths } from '../engine';
import { toDiagnostic } from './diagnostics';
import type { ScannerCache } from './scanner-cache';
import type { Settings } from './settings';
import type { SettingsStore } from './settings-store';

export class WorkspaceScan {
  progressSupported = false;
  /** Files not open in the editor that currently have published diagnostics. */
  private readonly published = new Set<string>();
  private generation = 0;
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly scanners: ScannerCache,
  ) {}

  /** (Re)scans every folder; a newer run makes an older one stop at its next file. */
  async run(folderUris: string[]): Promise<void> {
    const generation = ++this.generation;
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
        const scanner = this.scanners.get(settings);
        const exclude = [...DEFAULT_EXCLUDES, ...settings.exclude];
        for await (const scan of scanPaths([folder], scanner, { cwd: folder, exclude, maxFileBytes: settings.maxFileSizeKiB * 1024 })) {
          if (generation !== this.generation || progress?.token.isCancellationRequested) return;
          files++;
          if (files % 200 === 0) progress?.report(`${files} files scanned`);
          const uri = pathToFileURL(scan.absolute).href;
          stale.delete(uri);
          if (this.documents.get(uri)) continue; // the open editor's text wins
          if (scan.findings.length > 0) withFindings++;
          this.publish(uri, scan.findings.map((f) => toDiagnostic(f, settings.docsBaseUrl)));
        }
      }
      if (generation !== this.generation) return;
      for (const uri of stale) if (!this.documents.get(uri)) this.publish(uri, []);
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
    if (this.documents.get(uri)) return;
    if (type === FileChangeType.Deleted) this.publish(uri, []);
    else await this.rescanFile(uri);
  }

  private async rescanFile(uri: string): Promise<void> {
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
    const read = await readTextFile(path, settings.maxFileSizeKiB * 1024);
    if (this.documents.get(uri)) return; // reopened meanwhile
    const findings = read.text === undefined ? [] : scanner.scanKind(path, read.text, kind).findings;
    this.publish(uri, findings.map((f) => toDiagnostic(f, settings.docsBaseUrl)));
  }

  private isExcluded(uri: string, folderUri: string, settings: Settings): boolean {
    const relative = decodeURIComponent(uri.slice(folderUri.replace(/\/$/, '').length + 1));
    return excludeMatcher([...DEFAULT_EXCLUDES, ...settings.exclude])(relative);
  }

  private publish(uri: string, diagnostics: ReturnType<typeof toDiagnostic>[]): void {
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}

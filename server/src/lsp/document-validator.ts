/**
 * Validates open documents: debounced per document, and a validation whose document changed
 * while it waited is dropped, so only the newest text's diagnostics are ever published.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics';
import type { PinIndex } from './pin-index';
import type { ScannerCache } from './scanner-cache';
import type { SettingsStore } from './settings-store';

export class DocumentValidator {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly scanners: ScannerCache,
    private readonly pins: PinIndex,
  ) {}

  /** Validates after the configured delay (or `delay` ms); a newer call replaces a pending one. */
  schedule(uri: string, delay?: number): void {
    clearTimeout(this.timers.get(uri));
    const start = (ms: number): void => {
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          void this.validate(uri);
        }, ms),
      );
    };
    if (delay !== undefined) start(delay);
    else void this.settings.forDocument(uri).then((s) => start(s.validationDelay));
  }

  revalidateAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  private async validate(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.settings.forDocument(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== version || this.timers.has(uri)) return; // superseded by a newer edit
    if (!settings.enable) {
      void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    try {
      const result = this.scanners.get(settings).scan(uri, current.getText(), current.languageId);
      if (result.skipped) this.connection.console.log(`Not checking ${uri}: ${result.skipped}.`);
      void this.connection.sendDiagnostics({
        uri,
        version,
        diagnostics: this.pins.withLive(uri, result.findings, settings.rules).map((f) => toDiagnostic(f, settings.docsBaseUrl)),
      });
    } catch (e) {
      this.connection.console.error(`Checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

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
  /** When each document's last validation finished (ms since the epoch). */
  private readonly lastValidated = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly scanners: ScannerCache,
    private readonly pins: PinIndex,
  ) {}

  /**
   * Validates soon: at once when the document has not been validated within the configured delay
   * (an isolated keystroke gets its diagnostics without waiting), otherwise after the delay, a
   * newer call replacing a pending one (a burst of edits is validated once, for its last version).
   */
  schedule(uri: string, delay?: number): void {
    const pending = this.timers.get(uri);
    clearTimeout(pending);
    const start = (ms: number): void => {
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          void this.validate(uri);
        }, ms),
      );
    };
    if (delay !== undefined) return start(delay);
    void this.settings.forDocument(uri).then((s) => {
      const quiet = pending === undefined && Date.now() - (this.lastValidated.get(uri) ?? 0) >= s.validationDelay;
      start(quiet ? 0 : s.validationDelay);
    });
  }

  revalidateAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastValidated.delete(uri);
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
      this.lastValidated.set(uri, Date.now());
    } catch (e) {
      this.connection.console.error(`Checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

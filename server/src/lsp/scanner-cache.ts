/**
 * One compiled Scanner per distinct rule configuration, shared by documents with equal settings,
 * and one in-memory result cache per configuration so a workspace re-scan (settings changed back,
 * folders added) skips files that have not changed.
 */
import { ScanCache, Scanner, type ScanOptions } from '../engine';
import type { Settings } from './settings';

const MAX_CONFIGURATIONS = 16;

export class ScannerCache {
  private readonly scanners = new Map<string, Scanner>();
  private readonly results = new Map<string, ScanCache>();

  scanOptions(settings: Settings): ScanOptions {
    return { rules: settings.rules, maxFileLength: settings.maxFileSizeKiB * 1024, expiryWarningDays: settings.expiryWarningDays };
  }

  private key(settings: Settings): string {
    return JSON.stringify(this.scanOptions(settings));
  }

  get(settings: Settings): Scanner {
    const key = this.key(settings);
    let scanner = this.scanners.get(key);
    if (!scanner) {
      if (this.scanners.size >= MAX_CONFIGURATIONS) this.scanners.clear();
      scanner = new Scanner(this.scanOptions(settings));
      this.scanners.set(key, scanner);
    }
    return scanner;
  }

  /** Results of earlier workspace scans with these settings; valid for the current day only (expiry checks age). */
  resultCache(settings: Settings): ScanCache {
    const key = `${this.key(settings)}@${new Date().toISOString().slice(0, 10)}`;
    let cache = this.results.get(key);
    if (!cache) {
      if (this.results.size >= MAX_CONFIGURATIONS) this.results.clear();
      cache = new ScanCache(key);
      this.results.set(key, cache);
    }
    return cache;
  }

  /** A file changed on disk: no cached result may be trusted for it any more. */
  forgetFile(absolute: string): void {
    for (const cache of this.results.values()) cache.forget(absolute);
  }
}

/** One compiled Scanner per distinct rule configuration, shared by documents with equal settings. */
import { Scanner } from '../engine';
import type { Settings } from './settings';

export class ScannerCache {
  private readonly scanners = new Map<string, Scanner>();

  get(settings: Settings): Scanner {
    const key = JSON.stringify([settings.rules, settings.maxFileSizeKiB]);
    let scanner = this.scanners.get(key);
    if (!scanner) {
      if (this.scanners.size > 16) this.scanners.clear();
      scanner = new Scanner({ rules: settings.rules, maxFileLength: settings.maxFileSizeKiB * 1024 });
      this.scanners.set(key, scanner);
    }
    return scanner;
  }
}

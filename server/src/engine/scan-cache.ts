/**
 * Per-file scan results keyed by path, checked first by size and modification time (no read at
 * all) and then by a hash of the content (a file touched but not changed is not scanned again).
 * Valid for one scanner configuration: the `key` names it, and a cache loaded with another key is
 * discarded. Persisted as JSON by the CLI's --cache; kept in memory by the language server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nodeCrypto } from './node-crypto';
import type { ScanResult } from './scanner';

export interface CachedFileStat {
  size: number;
  mtimeMs: number;
}

interface Entry {
  size: number;
  mtimeMs: number;
  hash?: string;
  result: ScanResult;
}

const FORMAT = 1;

export class ScanCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly key: string) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached result when the file's size and modification time are unchanged. */
  lookup(file: string, stat: CachedFileStat | undefined): ScanResult | undefined {
    const entry = this.entries.get(file);
    return entry && stat && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs ? entry.result : undefined;
  }

  /** The cached result when the content hash is unchanged (the file was touched, not changed). */
  lookupByHash(file: string, hash: string): ScanResult | undefined {
    const entry = this.entries.get(file);
    return entry?.hash !== undefined && entry.hash === hash ? entry.result : undefined;
  }

  hashOf(file: string): string | undefined {
    return this.entries.get(file)?.hash;
  }

  store(file: string, stat: CachedFileStat | undefined, hash: string | undefined, result: ScanResult): void {
    if (!stat) {
      this.entries.delete(file);
      return;
    }
    this.entries.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, hash, result });
  }

  forget(file: string): void {
    this.entries.delete(file);
  }

  save(location: string): void {
    writeFileSync(location, JSON.stringify({ format: FORMAT, key: this.key, entries: [...this.entries] }));
  }

  /** The cache stored at `location` if it was made with the same key; otherwise an empty one. */
  static load(location: string, key: string): ScanCache {
    const cache = new ScanCache(key);
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as { format?: number; key?: string; entries?: [string, Entry][] };
      if (data.format === FORMAT && data.key === key && Array.isArray(data.entries)) {
        for (const [file, entry] of data.entries) cache.entries.set(file, entry);
      }
    } catch {
      // Missing or unreadable: start empty.
    }
    return cache;
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(bytes).digest('base64');
}

/** `ProjectFiles` over a folder on disk, with the editor's unsaved texts laid over it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../read-file';
import type { ProjectFiles } from './types';

export interface DiskProjectFilesOptions {
  /** Larger files read as absent. */
  maxFileBytes?: number;
  /** The text of an open document at an absolute path, when it differs from disk. */
  overlay?: (absolutePath: string) => string | undefined;
}

export function diskProjectFiles(root: string, options: DiskProjectFilesOptions = {}): ProjectFiles {
  const maxBytes = options.maxFileBytes ?? 2 * 1024 * 1024;
  const reads = new Map<string, string | undefined>();
  const absolute = (relative: string): string | undefined => {
    const resolved = path.resolve(root, relative);
    const inside = path.relative(root, resolved);
    return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : resolved;
  };
  return {
    read(relative: string): string | undefined {
      if (reads.has(relative)) return reads.get(relative);
      const file = absolute(relative);
      let text: string | undefined;
      if (file) {
        text = options.overlay?.(file);
        if (text === undefined) {
          try {
            const stat = statSync(file);
            if (stat.isFile() && stat.size <= maxBytes) text = decodeText(readFileSync(file)).text;
          } catch {
            text = undefined;
          }
        }
      }
      reads.set(relative, text);
      return text;
    },
    list(relative: string) {
      const dir = absolute(relative);
      if (!dir) return [];
      try {
        return readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isFile() || e.isDirectory())
          .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
      } catch {
        return [];
      }
    },
  };
}

/** Paths and bounded searches over a `ProjectFiles` view. */
import type { ProjectFiles } from './types';

/** Folders never searched: dependencies, build output, IDE and VCS data. */
const SKIPPED_FOLDERS = new Set([
  'node_modules', 'build', '.gradle', '.git', '.idea', '.vscode', 'Pods', 'DerivedData', '.build', 'Carthage', '.dart_tool', 'bin', 'obj', '.expo', '.swiftpm',
]);

export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function exists(files: ProjectFiles, path: string): boolean {
  return files.read(path) !== undefined;
}

/** The first of `paths` that exists, with its text. */
export function firstExisting(files: ProjectFiles, paths: readonly string[]): { path: string; text: string } | undefined {
  for (const path of paths) {
    const text = files.read(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

export interface SearchLimits {
  /** Files looked at (names tested), at most. */
  maxFiles?: number;
  maxDepth?: number;
}

/**
 * Files under `dir` whose name `accept`s, breadth first (so shallow files come first), skipping
 * dependency and build folders; bounded in files visited and depth.
 */
export function findFiles(files: ProjectFiles, dir: string, accept: (name: string, path: string) => boolean, limits: SearchLimits = {}): string[] {
  const maxFiles = limits.maxFiles ?? 5000;
  const maxDepth = limits.maxDepth ?? 12;
  const found: string[] = [];
  let visited = 0;
  let level = [dir];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      const entries = [...files.list(folder)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const path = joinPath(folder, entry.name);
        if (entry.isDirectory) {
          if (!isSkippedFolder(entry.name)) next.push(path);
          continue;
        }
        if (++visited > maxFiles) return found;
        if (accept(entry.name, path)) found.push(path);
      }
    }
    level = next;
  }
  return found;
}

/** Walks directories for files to scan, honouring exclude globs and `.gitignore` files. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders that hold dependencies, build output or tool state, never the app's own sources. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/build/**',
  '**/.gradle/**',
  '**/Pods/**',
  '**/DerivedData/**',
  '**/.dart_tool/**',
  '**/.idea/**',
  '**/bin/Debug/**',
  '**/obj/**',
];

export interface WalkOptions {
  /** Globs (relative to the root) of files and folders to leave out, in addition to .gitignore. */
  exclude?: readonly string[];
  /** Honour `.gitignore` files found in the walked folders (default true). */
  gitignore?: boolean;
}

export interface WalkedFile {
  absolute: string;
  /** Relative to the root it was found under, with `/` separators. */
  relative: string;
}

export type ExcludeMatcher = (relativePath: string) => boolean;

export function excludeMatcher(globs: readonly string[]): ExcludeMatcher {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  // A folder glob like `**/build/**` must also match the folder itself so the walk never enters it.
  return (relativePath) => matchers.some((m) => m(relativePath) || m(relativePath + '/'));
}

interface GitignoreScope {
  /** Folder of the .gitignore, relative to the root ('' for the root). */
  base: string;
  rules: Ignore;
}

export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkedFile> {
  const isExcluded = excludeMatcher(options.exclude ?? DEFAULT_EXCLUDES);
  const useGitignore = options.gitignore !== false;
  const rootStat = await fs.stat(root);
  if (rootStat.isFile()) {
    yield { absolute: path.resolve(root), relative: path.basename(root) };
    return;
  }
  const absoluteRoot = path.resolve(root);
  const seen = new Set<string>();

  async function* visit(relativeDir: string, scopes: GitignoreScope[]): AsyncGenerator<WalkedFile> {
    const absoluteDir = path.join(absoluteRoot, relativeDir);
    let real: string;
    try {
      real = await fs.realpath(absoluteDir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // symlink loop
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(absoluteDir, { withFileTypes: true });
    } catch {
      return;
    }
    let localScopes = scopes;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const content = await fs.readFile(path.join(absoluteDir, '.gitignore'), 'utf8');
        localScopes = [...scopes, { base: relativeDir, rules: ignore().add(content) }];
      } catch {
        // An unreadable .gitignore is treated as absent.
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(path.join(absoluteDir, entry.name));
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (!isDirectory && !isFile) continue;
      if (isExcluded(relative) || isGitignored(localScopes, relative, isDirectory)) continue;
      if (isDirectory) yield* visit(relative, localScopes);
      else yield { absolute: path.join(absoluteRoot, relative), relative };
    }
  }

  yield* visit('', []);
}

function isGitignored(scopes: GitignoreScope[], relative: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base ? relative.slice(scope.base.length + 1) : relative;
    if (scope.rules.ignores(isDirectory ? local + '/' : local)) return true;
  }
  return false;
}

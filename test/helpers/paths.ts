import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root, found from wherever the bundled test file runs (out/test/...). */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export const repoPath = (...parts: string[]): string => path.join(REPO_ROOT, ...parts);

/**
 * Where the language server keeps its V8 code cache (see code-cache.ts): the folder named by
 * `PIN_HYGIENE_CODE_CACHE` (the VS Code extension passes one in its global storage; `off` or empty
 * turns the cache off), else `pin-hygiene/code-cache` in the user's cache folder, so that in every
 * editor the starts after the first skip compiling the server. Compiled code read from the folder
 * is run: on POSIX systems a default folder is not used when it, or the `pin-hygiene` folder
 * holding it, belongs to someone else or others can write to it (both are made private).
 */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

export interface CodeCacheChoice {
  folder?: string;
  /** Why the default folder is not used, when it is not. */
  refused?: string;
}

export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): CodeCacheChoice {
  const named = env.PIN_HYGIENE_CODE_CACHE;
  if (named !== undefined) return named === '' || named === 'off' ? {} : { folder: named };
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const base = userCacheFolder(env, platform);
  if (!base || !paths.isAbsolute(base)) return {};
  const own = paths.join(base, 'pin-hygiene');
  const folder = paths.join(own, 'code-cache');
  if (platform === 'win32') return { folder }; // %LOCALAPPDATA% is the user's own
  for (const checked of [own, folder]) {
    const problem = privacyProblem(checked);
    if (problem) return { refused: `${checked} ${problem}` };
  }
  return { folder };
}

/** The platform's per-user cache folder, as other tools use it (XDG: a relative value is ignored). */
function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA;
  const home = env.HOME || homedir();
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches');
  const xdg = env.XDG_CACHE_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.cache');
}

/** Why a folder cannot hold code to run, or undefined when it is the user's own and private, or not there yet. */
function privacyProblem(folder: string): string | undefined {
  try {
    const stat = statSync(folder);
    if (!stat.isDirectory()) return 'is not a folder';
    if (stat.uid !== process.getuid?.()) return 'belongs to another user';
    if ((stat.mode & 0o022) !== 0) return 'can be written to by others';
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : `cannot be read (${(e as NodeJS.ErrnoException).code})`;
  }
}

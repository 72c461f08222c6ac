/**
 * Where the language server keeps its V8 code cache (see code-cache.ts): the folder named by
 * `PIN_HYGIENE_CODE_CACHE` (the VS Code extension passes one in its global storage; `off` or empty
 * turns the cache off), else `pin-hygiene/code-cache` in the user's cache folder, so that in every
 * editor the starts after the first skip compiling the server. Compiled code read from the folder
 * is run: a default folder that anyone but the user could write to is not used.
 */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const named = env.PIN_HYGIENE_CODE_CACHE;
  if (named !== undefined) return named === '' || named === 'off' ? undefined : named;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const base = userCacheFolder(env, platform);
  if (!base || !paths.isAbsolute(base)) return undefined;
  const folder = paths.join(base, 'pin-hygiene', 'code-cache');
  return platform === 'win32' || isPrivateOrAbsent(folder) ? folder : undefined;
}

/** The platform's per-user cache folder, as other tools use it. */
function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA;
  const home = env.HOME || homedir();
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches');
  return env.XDG_CACHE_HOME || path.posix.join(home, '.cache');
}

/** Whether the folder is the user's own and only the user can write to it, or is not there yet (it is then made private). */
function isPrivateOrAbsent(folder: string): boolean {
  try {
    const stat = statSync(folder);
    return stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Runs a bundled CommonJS file through a V8 code cache kept in a folder: the first start compiles
 * it as `require` would and saves the compiled code a few seconds later (or at exit); later starts
 * load that instead of compiling, which is most of what starting the language server costs.
 *
 * The cache file is named by a hash of the bundle's content and the V8 version, because V8 itself
 * only checks the source's length; V8 still rejects a cache it cannot use (another V8 or flags),
 * and then the file is compiled as usual and the cache rewritten. Any failure to read or write the
 * cache only costs the saving, never the start. The folder must be private to the user (the VS
 * Code extension passes its global storage): compiled code read from it is run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { setCodeCacheState } from './code-cache-state';

/** How long after start-up the cache is written: the functions the first check needs are compiled by then. */
const WRITE_AFTER_MS = 3000;

export interface CodeCacheLoad {
  /** What the file exports. */
  exports: unknown;
  /** Whether compiled code from the cache was used. */
  usedCache: boolean;
  /** The cache file. */
  cacheFile: string;
  /** Writes the cache now instead of later (when it was not used); never throws. */
  save(): void;
}

export function requireWithCodeCache(file: string, cacheFolder: string): CodeCacheLoad {
  const source = readFileSync(file, 'utf8');
  const base = path.basename(file, '.js');
  const key = createHash('sha256').update(source).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 24);
  const cacheFile = path.join(cacheFolder, `${base}-${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  const save = usedCache ? () => undefined : scheduleWrite(script, cacheFolder, cacheFile, base);

  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(path.dirname(file));
  setCodeCacheState(usedCache ? 'loaded from cache' : 'compiled, cache saved later');
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  wrapper.call(loaded.exports, loaded.exports, Module.createRequire(file), loaded, file, path.dirname(file));
  loaded.loaded = true;
  return { exports: loaded.exports, usedCache, cacheFile, save };
}

/** Writes the cache once, a while after start-up or at exit, whichever comes first; returns the writer. */
function scheduleWrite(script: vm.Script, folder: string, cacheFile: string, base: string): () => void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      // Caches of earlier bundles (another version of the extension) are of no more use.
      for (const name of readdirSync(folder)) {
        if (name.startsWith(`${base}-`) && name.endsWith('.v8cache') && path.join(folder, name) !== cacheFile) unlinkSync(path.join(folder, name));
      }
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, cacheFile); // atomic: two servers starting at once never read half a file
    } catch {
      // read-only or full disk: start-up simply stays uncached
    }
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
  return write;
}

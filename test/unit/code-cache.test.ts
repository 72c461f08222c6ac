import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { requireWithCodeCache } from '../../server/src/code-cache';
import { codeCacheFolder } from '../../server/src/code-cache-folder';

describe('V8 code cache for the server bundle', () => {
  let dir: string;
  let file: string;
  let cache: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-code-cache-'));
    file = path.join(dir, 'bundle.js');
    cache = path.join(dir, 'cache');
    writeFileSync(file, "const p = require('node:path'); module.exports = { dir: __dirname, base: p.basename(__filename), twice: (x) => 2 * x, answer: 41 };\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  type Exports = { dir: string; base: string; twice(x: number): number; answer: number };

  // Whether V8 takes the cached code is seen across processes only (test/protocol/code-cache.test.ts):
  // within one process V8 reuses what it compiled before.
  it('runs the file as require would and saves its compiled code', () => {
    const load = requireWithCodeCache(file, cache);
    const exports = load.exports as Exports;
    assert.deepEqual([exports.dir, exports.base, exports.twice(21), exports.answer], [dir, 'bundle.js', 42, 41]);
    assert.equal(load.usedCache, false);
    load.save();
    assert.ok(existsSync(load.cacheFile));
  });

  it('keys the cache by content (a change of the same length too) and keeps only the newest', () => {
    const first = requireWithCodeCache(file, cache);
    first.save();
    writeFileSync(file, "const p = require('node:path'); module.exports = { dir: __dirname, base: p.basename(__filename), twice: (x) => 3 * x, answer: 42 };\n");
    const changed = requireWithCodeCache(file, cache);
    assert.notEqual(changed.cacheFile, first.cacheFile);
    assert.equal((changed.exports as Exports).answer, 42);
    changed.save();
    assert.deepEqual(readdirSync(cache), [path.basename(changed.cacheFile)]);
  });

  it('starts from a damaged cache and when the folder cannot be written', () => {
    const first = requireWithCodeCache(file, cache);
    first.save();
    writeFileSync(first.cacheFile, 'not a V8 code cache');
    assert.equal((requireWithCodeCache(file, cache).exports as Exports).answer, 41);

    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, '');
    const unwritable = requireWithCodeCache(file, path.join(blocked, 'cache'));
    assert.equal((unwritable.exports as Exports).answer, 41);
    unwritable.save(); // does not throw
  });
});

describe('where the server keeps its code cache', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(path.join(tmpdir(), 'ph-cache-home-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));
  const folderOf = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined => codeCacheFolder(env, platform).folder;

  it('takes the folder named in PIN_HYGIENE_CODE_CACHE, and none for `off` or an empty value', () => {
    assert.deepEqual(codeCacheFolder({ PIN_HYGIENE_CODE_CACHE: '/x/storage' }, 'linux'), { folder: '/x/storage' });
    assert.deepEqual(codeCacheFolder({ PIN_HYGIENE_CODE_CACHE: 'off', XDG_CACHE_HOME: home }, 'linux'), {});
    assert.deepEqual(codeCacheFolder({ PIN_HYGIENE_CODE_CACHE: '', XDG_CACHE_HOME: home }, 'linux'), {});
  });

  it("otherwise uses the platform's user cache folder", () => {
    assert.equal(folderOf({ XDG_CACHE_HOME: home }, 'linux'), path.join(home, 'pin-hygiene', 'code-cache'));
    assert.equal(folderOf({ HOME: home }, 'linux'), path.join(home, '.cache', 'pin-hygiene', 'code-cache'));
    assert.equal(folderOf({ HOME: home, XDG_CACHE_HOME: 'relative/cache' }, 'linux'), path.join(home, '.cache', 'pin-hygiene', 'code-cache'));
    assert.equal(folderOf({ HOME: home }, 'darwin'), path.join(home, 'Library', 'Caches', 'pin-hygiene', 'code-cache'));
    assert.equal(folderOf({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32'), 'C:\\Users\\me\\AppData\\Local\\pin-hygiene\\code-cache');
    assert.equal(folderOf({}, 'win32'), undefined);
  });

  it('does not use a default folder that others could write to, and says why', function () {
    if (process.platform === 'win32') this.skip();
    const own = path.join(home, 'pin-hygiene');
    const folder = path.join(own, 'code-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(own, 0o700);
    chmodSync(folder, 0o700);
    assert.deepEqual(codeCacheFolder({ XDG_CACHE_HOME: home }, 'linux'), { folder });
    chmodSync(folder, 0o777);
    assert.deepEqual(codeCacheFolder({ XDG_CACHE_HOME: home }, 'linux'), { refused: `${folder} can be written to by others` });
    chmodSync(folder, 0o700);
    chmodSync(own, 0o720); // whoever can write here could put another folder in its place
    assert.deepEqual(codeCacheFolder({ XDG_CACHE_HOME: home }, 'linux'), { refused: `${own} can be written to by others` });
    chmodSync(own, 0o700);
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'not a folder');
    assert.deepEqual(codeCacheFolder({ XDG_CACHE_HOME: home }, 'linux'), { refused: `${folder} is not a folder` });
  });
});

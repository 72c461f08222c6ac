import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lsp-client';

/** Starts the server with this environment; returns the code cache state it logs. */
async function start(env: NodeJS.ProcessEnv): Promise<string> {
  const client = new LspClient(undefined, undefined, env);
  try {
    const started = client.waitFor('window/logMessage', (p) => /server .* started/.test(p.message));
    await client.initialize(null, {});
    return /code cache: ([^)]*)\)/.exec((await started).message)?.[1] ?? 'not logged';
  } finally {
    await client.shutdown(); // the cache is written at exit at the latest
  }
}

describe('language server start-up through the V8 code cache', function () {
  this.timeout(30_000);
  let folder: string;
  beforeEach(() => (folder = path.join(mkdtempSync(path.join(tmpdir(), 'ph-cc-')), 'code-cache')));
  afterEach(() => rmSync(path.dirname(folder), { recursive: true, force: true }));

  it('compiles on the first start, loads the compiled code on the next, and recovers from a damaged cache', async () => {
    const env = { PIN_HYGIENE_CODE_CACHE: folder };
    assert.equal(await start(env), 'compiled, cache saved later');
    const [cacheFile] = readdirSync(folder);
    assert.match(cacheFile, /^server-main-[0-9a-f]{24}\.v8cache$/);
    assert.equal(await start(env), 'loaded from cache');

    writeFileSync(path.join(folder, cacheFile), 'damaged');
    assert.equal(await start(env), 'compiled, cache saved later');
    assert.notEqual(readFileSync(path.join(folder, cacheFile), 'utf8'), 'damaged', 'the damaged cache is replaced');
    assert.equal(await start(env), 'loaded from cache');
  });

  it('keeps the cache in the user\'s cache folder when no folder is named (other editors), privately', async function () {
    if (process.platform !== 'linux') this.skip(); // XDG_CACHE_HOME is the Linux cache folder
    const cacheHome = path.dirname(folder);
    const env = { PIN_HYGIENE_CODE_CACHE: undefined, XDG_CACHE_HOME: cacheHome };
    assert.equal(await start(env), 'compiled, cache saved later');
    const own = path.join(cacheHome, 'pin-hygiene', 'code-cache');
    assert.match(readdirSync(own)[0], /^server-main-[0-9a-f]{24}\.v8cache$/);
    assert.equal(statSync(own).mode & 0o777, 0o700);
    assert.equal(await start(env), 'loaded from cache');
    chmodSync(own, 0o777);
    assert.equal(await start(env), `off: ${own} can be written to by others`);
  });

  it('starts without a cache when it is turned off', async () => {
    assert.equal(await start({ PIN_HYGIENE_CODE_CACHE: 'off' }), 'off');
  });
});

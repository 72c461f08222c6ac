import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lsp-client';

/** Starts the server with a code cache folder; returns the code cache state it logs. */
async function start(cacheFolder: string): Promise<string> {
  const saved = process.env.PIN_HYGIENE_CODE_CACHE;
  process.env.PIN_HYGIENE_CODE_CACHE = cacheFolder;
  const client = new LspClient();
  if (saved === undefined) delete process.env.PIN_HYGIENE_CODE_CACHE;
  else process.env.PIN_HYGIENE_CODE_CACHE = saved;
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
    assert.equal(await start(folder), 'compiled, cache saved later');
    const [cacheFile] = readdirSync(folder);
    assert.match(cacheFile, /^server-main-[0-9a-f]{24}\.v8cache$/);
    assert.equal(await start(folder), 'loaded from cache');

    writeFileSync(path.join(folder, cacheFile), 'damaged');
    assert.equal(await start(folder), 'compiled, cache saved later');
    assert.notEqual(readFileSync(path.join(folder, cacheFile), 'utf8'), 'damaged', 'the damaged cache is replaced');
    assert.equal(await start(folder), 'loaded from cache');
  });

  it('starts without a cache when none is asked for', async () => {
    const client = new LspClient();
    try {
      const started = client.waitFor('window/logMessage', (p) => /server .* started/.test(p.message));
      await client.initialize(null, {});
      assert.match((await started).message, /code cache: off\)/);
    } finally {
      await client.shutdown();
    }
  });
});

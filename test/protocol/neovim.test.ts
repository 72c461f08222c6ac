import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

describe('Neovim as an LSP client', function () {
  this.timeout(40_000);

  it('shows the server diagnostics in a buffer and clears them after an edit', function () {
    if (spawnSync('nvim', ['--version']).error) {
      console.log('      skipping: nvim is not installed (apt-get install neovim)');
      this.skip();
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-nvim-'));
    try {
      const file = path.join(dir, 'ApiClient.kt');
      copyFileSync(repoPath('samples/android/app/src/main/java/com/example/shop/network/ApiClient.kt'), file);
      const result = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${repoPath('test/fixtures/neovim/check-diagnostics.lua')}`], {
        // The server's code cache goes to the test's own folder, not the user's cache folder.
        env: { ...process.env, PIN_HYGIENE_CODE_CACHE: path.join(dir, 'code-cache'), PH_SERVER: repoPath('dist/server.js'), PH_FILE: file },
        encoding: 'utf8',
        timeout: 30_000,
      });
      const line = result.stdout.split('\n').find((l) => l.startsWith('{'));
      assert.ok(line, `no JSON from nvim: ${result.stdout} ${result.stderr}`);
      const report = JSON.parse(line);
      assert.deepEqual(report.diagnostics, [
        '13:10 okhttp-certificate-pinner pin-hygiene',
        '13:25 pin-no-backup pin-hygiene',
        '14:10 okhttp-certificate-pinner pin-hygiene',
      ]);
      assert.equal(report.cleared, true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

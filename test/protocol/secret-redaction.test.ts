/**
 * No output of any front end carries a raw secret: CLI text and JSON, LSP diagnostics (workspace
 * scan and open documents), code-action titles and the server log. The raw values are read from
 * the labelled secrets corpus at the ranges the engine reports, so every secret found is checked.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Scanner, scanPaths } from '../../server/src/engine';
import { ALL_FAKE_SECRETS } from '../helpers/fake-secrets';
import { LspClient } from '../helpers/lsp-client';
import { repoPath } from '../helpers/paths';

const CORPUS = repoPath('test', 'corpus', 'secrets');

async function rawSecretsOfCorpus(): Promise<string[]> {
  const secrets: string[] = [];
  for await (const scan of scanPaths([CORPUS], new Scanner(), { cwd: CORPUS, exclude: [], gitignore: false })) {
    const text = readFileSync(scan.absolute, 'utf8');
    for (const f of scan.findings) if (f.category === 'secret') secrets.push(text.slice(f.offset, f.endOffset));
  }
  return secrets;
}

function leaks(output: string, secrets: readonly string[]): string[] {
  // Long secrets (PEM blocks) are checked by a distinctive slice too, in case output re-wraps them.
  return secrets.filter((s) => output.includes(s) || (s.length > 80 && output.includes(s.slice(40, 80))));
}

describe('secret redaction in every output', function () {
  this.timeout(30_000);
  let secrets: string[];
  before(async () => {
    secrets = await rawSecretsOfCorpus();
    assert.ok(secrets.length >= 40, `only ${secrets.length} secrets found in the corpus`);
  });

  it('CLI text and JSON reports (verbose) show masks only', () => {
    for (const format of ['text', 'json']) {
      const result = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), 'scan', CORPUS, '--format', format, '--verbose', '--no-gitignore'], { encoding: 'utf8' });
      const output = result.stdout + result.stderr;
      assert.match(output, /secret-google-api-key/);
      assert.match(output, /AIza…\(39 chars\)/);
      assert.deepEqual(leaks(output, secrets), [], `${format} output leaks secrets`);
    }
  });

  it('LSP diagnostics, code-action titles and the server log show masks only', async () => {
    const client = new LspClient();
    const seen: string[] = [];
    for (const method of ['textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage', '$/progress']) {
      client.onNotification(method, (p) => seen.push(JSON.stringify(p)));
    }
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('window/workDoneProgress/create', () => null);
    try {
      const done = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message), 20_000);
      await client.initialize(pathToFileURL(CORPUS).href, {
        textDocument: { publishDiagnostics: { dataSupport: true, codeDescriptionSupport: true } },
        workspace: { configuration: true },
        window: { workDoneProgress: true },
      });
      await done;
      const file = path.join(CORPUS, 'android/app/src/main/java/com/shop/ApiConfig.kt');
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text } });
      const diagnostics = (await opened).diagnostics;
      assert.ok(diagnostics.some((d: { code: string }) => d.code === 'secret-stripe-secret-key'));
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
        context: { diagnostics },
      });
      const titles = actions.map((a: { title: string }) => a.title);
      assert.ok(titles.some((t: string) => t.includes('approov secstrings -addKey MAPS_KEY -predefinedValue')), titles.join('\n'));
      seen.push(JSON.stringify(titles));
    } finally {
      await client.shutdown();
    }
    const output = seen.join('\n') + client.stderr.join('');
    assert.ok(output.includes('secret-generic-api-key'));
    assert.deepEqual(leaks(output, secrets), [], 'LSP output leaks secrets');
  });

  it('the test fake secrets never appear in a message either', () => {
    const scanner = new Scanner();
    for (const secret of ALL_FAKE_SECRETS) {
      for (const f of scanner.scan('A.kt', `val apiKey = "${secret}"\n`).findings) assert.ok(!f.message.includes(secret), f.message);
    }
  });
});

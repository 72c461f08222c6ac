import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAKE } from '../helpers/fake-secrets';
import { LspClient } from '../helpers/lsp-client';

describe('secret fixes that write a second file (LSP)', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-secret-fix-'));
    client = new LspClient();
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ scanWorkspace: false })));
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  async function actionsFor(file: string, languageId: string, text: string): Promise<any[]> {
    await client.initialize(pathToFileURL(dir).href, { workspace: { configuration: true } });
    const uri = pathToFileURL(file).href;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const { diagnostics } = await published;
    return client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
  }

  it('.env: deletes the line, creates .env.local with it, and adds .env.local to an existing .gitignore once', async () => {
    const env = path.join(dir, '.env');
    const text = `API_BASE=https://api.example.com\nAPI_TOKEN=${FAKE.generic}\n`;
    writeFileSync(env, text);
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules');
    const [move] = await actionsFor(env, 'dotenv', text);
    assert.equal(move.title, 'Move API_TOKEN to .env.local (git-ignored; dotenv, Vite, Next.js and Expo read it)');
    const local = pathToFileURL(path.join(dir, '.env.local')).href;
    const gitignore = pathToFileURL(path.join(dir, '.gitignore')).href;
    assert.deepEqual(move.edit.documentChanges, [
      { textDocument: { uri: pathToFileURL(env).href, version: 1 }, edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }] },
      { kind: 'create', uri: local, options: { ignoreIfExists: true } },
      { textDocument: { uri: local, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `API_TOKEN=${FAKE.generic}\n` }] },
      { textDocument: { uri: gitignore, version: null }, edits: [{ range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, newText: '\n.env.local\n' }] },
    ]);
  });

  it('build.gradle: local.properties goes to the folder with settings.gradle; lines already there are not repeated', async () => {
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'settings.gradle'), "include ':app'\n");
    writeFileSync(path.join(dir, '.gitignore'), 'local.properties\n');
    const gradle = path.join(dir, 'app', 'build.gradle');
    const text = `android {\n  defaultConfig {\n    buildConfigField "String", "MAPS_KEY", "\\"${FAKE.google}\\""\n  }\n}\n`;
    writeFileSync(gradle, text);
    const [move] = await actionsFor(gradle, 'groovy', text);
    const changes = move.edit.documentChanges.map((c: any) => c.kind ?? c.textDocument.uri.slice(pathToFileURL(dir).href.length));
    assert.deepEqual(changes, ['/app/build.gradle', 'create', '/local.properties']);
    assert.equal(move.edit.documentChanges[2].edits[0].newText, `MAPS_KEY=${FAKE.google}\n`);
  });
});

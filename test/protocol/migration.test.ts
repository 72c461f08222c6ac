import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';
import { applyLspEdits } from '../helpers/lsp-edits';

const CAPABILITIES = {
  textDocument: { publishDiagnostics: { versionSupport: true } },
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } },
};

const WEAR_NSC = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<network-security-config>',
  '    <domain-config cleartextTrafficPermitted="true">',
  '        <domain includeSubdomains="true">wear.shop.example.com</domain>',
  '    </domain-config>',
  '</network-security-config>',
  '',
].join('\n');

function startClient(): LspClient {
  const client = new LspClient();
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  return client;
}

async function startIn(workspace: string): Promise<LspClient> {
  const client = startClient();
  const scanned = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message));
  await client.initialize(pathToFileURL(workspace).href, CAPABILITIES);
  await scanned;
  return client;
}

describe('workspace migration request (pinHygiene/migrateWorkspace)', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  let workspace: string;
  beforeEach(() => (workspace = mkdtempSync(path.join(tmpdir(), 'ph-migrate-'))));
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(workspace, { recursive: true, force: true });
  });

  it('builds one workspace edit with a change annotation per rule that needs confirmation, from open editors and disk', async () => {
    // Only cleartext configs, so the edit's shape does not change as other rules gain fixes.
    const app = path.join(workspace, 'android/app/src/main/res/xml/network_security_config.xml');
    mkdirSync(path.dirname(app), { recursive: true });
    writeFileSync(app, WEAR_NSC.replace('wear.shop', 'api.shop'));
    const wear = path.join(workspace, 'wear/src/main/res/xml/network_security_config.xml');
    mkdirSync(path.dirname(wear), { recursive: true });
    writeFileSync(wear, WEAR_NSC);
    const appOnDisk = readFileSync(app, 'utf8');
    client = await startIn(workspace);

    // The app's config is open with an unsaved line on top: the edit must follow the editor's text.
    const appUri = pathToFileURL(app).href;
    const appInEditor = appOnDisk.replace('<network-security-config>', '<network-security-config>\n    <!-- unsaved -->');
    client.notify('textDocument/didOpen', { textDocument: { uri: appUri, languageId: 'xml', version: 5, text: appInEditor } });
    const progress: any[] = [];
    client.onNotification('pinHygiene/migrateProgress', (p) => progress.push(p));
    const result = await client.request('pinHygiene/migrateWorkspace', {});

    assert.equal(result.cancelled, false);
    assert.equal(result.files, 2);
    assert.equal(result.fixes, 2);
    assert.deepEqual(result.rules, [{ ruleId: 'nsc-cleartext-traffic', title: 'Cleartext HTTP permitted by network_security_config.xml', fixes: 2, files: 2 }]);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.filesScanned, 2);
    assert.ok(progress.some((p) => p.filesScanned > 0), 'progress notifications');

    const { documentChanges, changeAnnotations, changes } = result.edit;
    assert.equal(changes, undefined, 'document changes only');
    assert.deepEqual(changeAnnotations, {
      'nsc-cleartext-traffic': {
        label: 'Cleartext HTTP permitted by network_security_config.xml',
        description: 'nsc-cleartext-traffic: 2 fixes in 2 files',
        needsConfirmation: true,
      },
    });
    const byUri = new Map<string, any>(documentChanges.map((c: any) => [c.textDocument.uri, c]));
    assert.deepEqual([...byUri.keys()].sort(), [appUri, pathToFileURL(wear).href].sort());
    assert.equal(byUri.get(appUri).textDocument.version, 5, 'the open editor\'s version');
    assert.equal(byUri.get(pathToFileURL(wear).href).textDocument.version, null, 'a file on disk');
    for (const change of documentChanges) for (const edit of change.edits) assert.equal(edit.annotationId, 'nsc-cleartext-traffic');

    const fixedApp = applyLspEdits(appInEditor, byUri.get(appUri).edits);
    assert.equal(fixedApp, appInEditor.replace('cleartextTrafficPermitted="true"', 'cleartextTrafficPermitted="false"'));
    assert.equal(applyLspEdits(WEAR_NSC, byUri.get(pathToFileURL(wear).href).edits), WEAR_NSC.replace('"true"', '"false"'));
    assert.equal(readFileSync(app, 'utf8'), appOnDisk, 'the server never writes');
    assert.equal(readFileSync(wear, 'utf8'), WEAR_NSC);
  });

  it('says when there is nothing to migrate', async () => {
    writeFileSync(path.join(workspace, 'Tm.kt'), 'object Tm : X509TrustManager {\n  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}\n}\n');
    client = await startIn(workspace);
    const result = await client.request('pinHygiene/migrateWorkspace', {});
    assert.deepEqual({ ...result, edit: result.edit ?? null }, { edit: null, files: 0, fixes: 0, rules: [], skipped: [], filesScanned: 1, cancelled: false });
  });

  it('stops when the client cancels', async () => {
    for (let i = 0; i < 600; i++) writeFileSync(path.join(workspace, `Api${i}.kt`), 'val client = OkHttpClient()\n');
    const nsc = path.join(workspace, 'network_security_config.xml');
    writeFileSync(nsc, WEAR_NSC);
    client = await startIn(workspace);
    const answer = client.request('pinHygiene/migrateWorkspace', {});
    client.cancelLastRequest();
    const result = await answer.catch((e: Error) => ({ error: e.message }));
    assert.ok(result.cancelled === true || /cancel/i.test(result.error ?? ''), JSON.stringify(result));
    assert.equal(result.edit, undefined);
  });
});

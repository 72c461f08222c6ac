import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';
import { applyLspEdits } from '../helpers/lsp-edits';
import { repoPath } from '../helpers/paths';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const KOTLIN = [
  'package com.example',
  '',
  'val pinner = CertificatePinner.Builder()',
  `    .add("api.example.com", "${PIN}")`,
  '    .build()',
  '',
].join('\n');

const CAPABILITIES = {
  textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
  workspace: { configuration: true },
};

function startClient(settings: Record<string, unknown> = {}): LspClient {
  const client = new LspClient();
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  return client;
}

describe('language server over stdio', function () {
  this.timeout(20_000);
  let client: LspClient;
  afterEach(async () => client?.shutdown());

  it('initializes with incremental sync, code actions and server info', async () => {
    client = startClient();
    const result = await client.initialize(null, CAPABILITIES);
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.pinHygiene', 'source.migrateToDynamicPinning.pinHygiene', 'source.addSdkInitialisation.pinHygiene']);
    assert.equal(result.serverInfo.name, 'pin-hygiene');
  });

  it('publishes a diagnostic with code and docs link for a pin, and clears it after an edit removes the pin', async () => {
    client = startClient();
    await client.initialize(null, CAPABILITIES);
    const uri = 'file:///virtual/app/src/main/java/com/example/Api.kt';
    const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text: KOTLIN } });
    const first = await opened;
    assert.equal(first.version, 1);
    // The single pin also has no backup pin: one pin finding plus one pin-health finding on the same range.
    assert.deepEqual(first.diagnostics.map((x: any) => x.code), ['okhttp-certificate-pinner', 'pin-no-backup']);
    const [d] = first.diagnostics;
    assert.equal(d.code, 'okhttp-certificate-pinner');
    assert.equal(d.source, 'pin-hygiene');
    assert.equal(d.severity, 2);
    assert.match(d.codeDescription.href, /^file:\/\/.*\/docs\/rules\.md#okhttp-certificate-pinner$/);
    assert.deepEqual(d.range, { start: { line: 3, character: 5 }, end: { line: 3, character: 5 + `add("api.example.com", "${PIN}")`.length } });
    assert.match(d.message, /api\.example\.com/);

    const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }],
    });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('coalesces rapid edits and publishes only for the newest version', async () => {
    client = startClient({ validationDelay: 300 });
    await client.initialize(null, CAPABILITIES);
    const uri = 'file:///virtual/Api.kt';
    const versions: number[] = [];
    client.onNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && versions.push(p.version));
    const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text: KOTLIN } });
    await opened;
    const last = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 4);
    for (const version of [2, 3, 4]) {
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edit\n' }],
      });
    }
    const final = await last;
    assert.equal(final.diagnostics[0].range.start.line, 6, 'the pin moved down by three inserted lines');
    assert.deepEqual(versions, [1, 4]);
  });

  it('applies per-rule settings from workspace/configuration', async () => {
    client = startClient({ rules: { 'okhttp-certificate-pinner': 'error' } });
    await client.initialize(null, CAPABILITIES);
    const uri = 'file:///virtual/Severity.kt';
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text: KOTLIN } });
    assert.equal((await published).diagnostics[0].severity, 1);
  });

  it('warns about a pin set expiring within pinHygiene.expiryWarningDays', async () => {
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const text = [
      '<network-security-config><domain-config><domain>api.example.com</domain>',
      `<pin-set expiration="${soon}"><pin digest="SHA-256">6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=</pin><pin digest="SHA-256">5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=</pin></pin-set>`,
      '</domain-config></network-security-config>',
    ].join('\n');
    for (const [days, expected] of [[30, true], [10, false]] as const) {
      client = startClient({ expiryWarningDays: days });
      await client.initialize(null, CAPABILITIES);
      const uri = `file:///virtual/res/xml/network_security_config_${days}.xml`;
      const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
      const codes = (await published).diagnostics.map((d: any) => d.code);
      assert.equal(codes.includes('pin-expiration'), expected, `expiryWarningDays ${days}: ${codes.join(', ')}`);
      await client.shutdown();
    }
  });

  it('offers the cleartext quick fix and a fix-all action', async () => {
    client = startClient();
    await client.initialize(null, CAPABILITIES);
    const uri = 'file:///virtual/res/xml/network_security_config.xml';
    const text = '<network-security-config>\n  <base-config cleartextTrafficPermitted="true"/>\n</network-security-config>\n';
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
    const { diagnostics } = await published;
    assert.equal(diagnostics[0].code, 'nsc-cleartext-traffic');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    const quickFix = actions.find((a: any) => a.kind === 'quickfix');
    assert.equal(quickFix.isPreferred, true);
    assert.deepEqual(quickFix.diagnostics, [diagnostics[0]]);
    assert.deepEqual(quickFix.edit.changes[uri], [
      { range: { start: { line: 1, character: 42 }, end: { line: 1, character: 46 } }, newText: 'false' },
    ]);
    const fixAll = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.pinHygiene'] },
    });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.pinHygiene');
    const fixed = text.replace('"true"', '"false"');
    assert.equal(fixAll[0].edit.changes[uri].length, 1, 'one minimal edit');
    assert.equal(applyLspEdits(text, fixAll[0].edit.changes[uri]), fixed);
  });

  it('offers "Migrate this file to dynamic pinning" as a source action, and no whole-file action on automatic requests', async () => {
    client = startClient();
    await client.initialize(null, CAPABILITIES);
    const uri = 'file:///virtual/res/xml/network_security_config.xml';
    const text = [
      '<network-security-config>',
      '  <base-config cleartextTrafficPermitted="true"/>',
      '  <domain-config cleartextTrafficPermitted="true"><domain>api.example.com</domain></domain-config>',
      '</network-security-config>',
      '',
    ].join('\n');
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
    const { diagnostics } = await published;
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };
    const source = await client.request('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['source'] } });
    assert.deepEqual(source.map((a: any) => [a.kind, a.title]), [
      ['source.fixAll.pinHygiene', 'Fix all Pin Hygiene problems that have a safe fix'],
      ['source.migrateToDynamicPinning.pinHygiene', 'Migrate this file to dynamic pinning'],
    ]);
    const migrate = source[1];
    assert.equal(applyLspEdits(text, migrate.edit.changes[uri]), text.replace(/"true"/g, '"false"'));
    const lightbulb = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, triggerKind: 2 } });
    assert.deepEqual(lightbulb.map((a: any) => [a.kind, a.title]), [
      ['quickfix', 'Set cleartextTrafficPermitted to "false"'],
      ['quickfix', 'Suppress nsc-cleartext-traffic on the next line'],
    ]);
    const invoked = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, triggerKind: 1 } });
    assert.deepEqual(invoked.map((a: any) => a.kind), ['quickfix', 'quickfix', 'source.fixAll.pinHygiene', 'source.migrateToDynamicPinning.pinHygiene']);
  });

  describe('workspace scan', () => {
    let workspace: string;
    beforeEach(() => {
      workspace = mkdtempSync(path.join(tmpdir(), 'ph-ws-'));
      cpSync(repoPath('samples'), workspace, { recursive: true });
    });
    afterEach(() => rmSync(workspace, { recursive: true, force: true }));

    it('reports files that are not open, and honours exclude settings', async () => {
      const nscPath = path.join(workspace, 'android/app/src/main/res/xml/network_security_config.xml');
      const nscUri = pathToFileURL(nscPath).href;
      const javaUri = pathToFileURL(path.join(workspace, 'android/app/src/main/java/com/example/shop/network/LegacyHttp.java')).href;
      client = startClient({ exclude: ['**/java/**'] });
      const seen = new Set<string>();
      client.onNotification('textDocument/publishDiagnostics', (p) => seen.add(p.uri));
      const nsc = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === nscUri);
      const done = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message));
      await client.initialize(pathToFileURL(workspace).href, CAPABILITIES);
      const codes = (await nsc).diagnostics.map((d: any) => d.code).sort();
      assert.deepEqual(codes, ['nsc-cleartext-traffic', 'nsc-pin-set', 'nsc-user-certificates']);
      await done;
      assert.equal(seen.has(javaUri), false, 'excluded folder was scanned');
    });

    it('adds workspace-level findings (same host pinned differently) to the files they concern', async () => {
      const uri = pathToFileURL(path.join(workspace, 'android/app/src/main/java/com/example/shop/network/ApiClient.kt')).href;
      client = startClient();
      const merged = client.waitFor(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'pin-cross-platform-mismatch'),
      );
      await client.initialize(pathToFileURL(workspace).href, CAPABILITIES);
      const codes = (await merged).diagnostics.map((d: any) => d.code).sort();
      assert.deepEqual(codes, ['okhttp-certificate-pinner', 'okhttp-certificate-pinner', 'pin-cross-platform-mismatch', 'pin-no-backup']);
    });

    it('re-scans a changed file on a watched-file event, and replaces editor diagnostics on close', async () => {
      const file = path.join(workspace, 'android/app/src/main/java/com/example/shop/network/ApiClient.kt');
      const uri = pathToFileURL(file).href;
      client = startClient();
      const initial = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      const scanned = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message));
      await client.initialize(pathToFileURL(workspace).href, CAPABILITIES);
      assert.equal((await initial).diagnostics.filter((d: any) => d.code !== 'pin-no-backup').length, 2);
      await scanned; // the scan's last word (workspace-level checks) must not race the edit below

      writeFileSync(file, 'object ApiClient\n');
      const rescanned = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      assert.deepEqual((await rescanned).diagnostics, []);

      const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text: KOTLIN } });
      assert.equal((await opened).diagnostics.filter((d: any) => d.code === 'okhttp-certificate-pinner').length, 1);
      const closed = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === undefined);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.deepEqual((await closed).diagnostics, [], 'the unsaved pin is gone once the editor closes');
    });
  });
});

import { strict as assert } from 'node:assert';
import { LspClient } from '../helpers/lsp-client';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const CAPABILITIES = { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } };

describe('suppression over LSP', function () {
  this.timeout(20_000);
  let client: LspClient;
  afterEach(async () => client?.shutdown());

  async function open(uri: string, languageId: string, text: string): Promise<any[]> {
    client = new LspClient();
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    await client.initialize(null, CAPABILITIES);
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  it('offers "Suppress <rule-id> on the next line" for each finding (quickfix, not preferred); applying it silences the finding', async () => {
    const uri = 'file:///virtual/app/src/main/java/com/example/Api.kt';
    const text = ['package com.example', '', 'val pinner = CertificatePinner.Builder()', `    .add("api.example.com", "${PIN}")`, '    .build()', ''].join('\n');
    const diagnostics = await open(uri, 'kotlin', text);
    const pin = diagnostics.find((d: any) => d.code === 'okhttp-certificate-pinner');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: pin.range, context: { diagnostics: [pin] } });
    const titles = actions.map((a: any) => a.title);
    assert.ok(titles.includes('Suppress pin-no-backup on the next line'), titles.join('\n'));
    const suppress = actions.find((a: any) => a.title === 'Suppress okhttp-certificate-pinner on the next line');
    assert.equal(suppress.kind, 'quickfix');
    assert.equal(suppress.isPreferred, false);
    assert.deepEqual(suppress.diagnostics, [pin]);
    const edit = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '    // pin-hygiene-ignore-next-line okhttp-certificate-pinner: TODO say why this is safe\n' };
    assert.deepEqual(suppress.edit.changes[uri], [edit]);

    const republished = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const codes = (await republished).diagnostics.map((d: any) => d.code).sort();
    assert.deepEqual(codes, ['invalid-suppression', 'pin-no-backup']);
  });

  it('writes an XML comment in XML, and offers no suppression for the suppression rules\' findings', async () => {
    const uri = 'file:///virtual/res/xml/network_security_config.xml';
    const text = '<network-security-config>\n  <!-- pin-hygiene-ignore-next-line nsc-pin-set: stale -->\n  <base-config cleartextTrafficPermitted="true"/>\n</network-security-config>\n';
    const diagnostics = await open(uri, 'xml', text);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics },
    });
    const suppress = actions.filter((a: any) => a.title.startsWith('Suppress '));
    assert.deepEqual(suppress.map((a: any) => a.title), ['Suppress nsc-cleartext-traffic on the next line']);
    assert.equal(suppress[0].edit.changes[uri][0].newText, '  <!-- pin-hygiene-ignore-next-line nsc-cleartext-traffic: TODO say why this is safe -->\n');
    const remove = actions.find((a: any) => a.title === 'Remove the unused suppression comment');
    assert.equal(remove.isPreferred, true);
    assert.deepEqual(remove.edit.changes[uri], [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  });
});

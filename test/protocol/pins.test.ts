import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';
import { makeOpensslChain, opensslPin, type OpensslChain } from '../helpers/openssl-chain';
import { closedPort, startTlsServer, type TlsTestServer } from '../helpers/tls-servers';

const CAPABILITIES = {
  textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true }, hover: { contentFormat: ['markdown'] } },
  workspace: { configuration: true, codeLens: { refreshSupport: true } },
};
const WRONG = ['sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'sha256/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='];

describe('pin lookups over LSP', function () {
  this.timeout(30_000);
  let dir: string;
  let chain: OpensslChain;
  let server: TlsTestServer;
  let pins: string[];
  let workspace: string;
  let kotlinUri: string;
  let nscUri: string;
  let nscText: string;
  let client: LspClient;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-lsp-pins-'));
    chain = makeOpensslChain(dir, { kind: 'ec', prefix: 'lsp' });
    pins = [chain.leaf.certPath, chain.intermediate.certPath].map(opensslPin);
    server = await startTlsServer({ key: readFileSync(chain.leaf.keyPath), cert: chain.servedPem });
    workspace = path.join(dir, 'app');
    mkdirSync(path.join(workspace, 'res', 'xml'), { recursive: true });
    const kotlin = path.join(workspace, 'Api.kt');
    writeFileSync(kotlin, `val pinner = CertificatePinner.Builder()\n    .add("api.pins.test", "${WRONG[0]}", "${WRONG[1]}")\n    .build()\n`);
    const nsc = path.join(workspace, 'res', 'xml', 'network_security_config.xml');
    nscText = [
      '<network-security-config>',
      '  <domain-config>',
      '    <domain>api.pins.test</domain>',
      '    <pin-set>',
      `      <pin digest="SHA-256">${pins[0]}</pin>`,
      `      <pin digest="SHA-256">${pins[1]}</pin>`,
      '    </pin-set>',
      '  </domain-config>',
      '</network-security-config>',
      '',
    ].join('\n');
    writeFileSync(nsc, nscText);
    kotlinUri = pathToFileURL(kotlin).href;
    nscUri = pathToFileURL(nsc).href;
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => client?.shutdown());

  async function start(): Promise<void> {
    client = new LspClient();
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    client.onRequest('workspace/codeLens/refresh', () => null);
    const scanned = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message));
    const result = await client.initialize(pathToFileURL(workspace).href, CAPABILITIES);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.ok(result.capabilities.codeLensProvider);
    await scanned;
  }

  it('lists every pinned host with its pin sets in the inventory, and exports it', async () => {
    await start();
    const { hosts } = await client.request('pinHygiene/inventory', {});
    assert.deepEqual(hosts.map((h: any) => h.host), ['api.pins.test']);
    assert.deepEqual(hosts[0].pinSets.map((s: any) => [path.basename(s.location), s.line, s.ruleId]).sort(), [
      ['Api.kt', 2, 'okhttp-certificate-pinner'],
      ['network_security_config.xml', 4, 'nsc-pin-set'],
    ]);
    assert.equal(hosts[0].pins.length, 4);
    assert.equal(hosts[0].live, undefined, 'nothing is looked up before a command asks');
    const markdown: string = await client.request('pinHygiene/exportInventory', { format: 'markdown' });
    assert.match(markdown, /^## api\.pins\.test$/m);
    assert.ok(markdown.includes(`| \`sha256/${pins[0]}\` | `));
    const json = JSON.parse(await client.request('pinHygiene/exportInventory', { format: 'json' }));
    assert.equal(json.hosts[0].host, 'api.pins.test');
  });

  it('verifies pins against the live server: progress, pin-live diagnostics, CodeLens and inventory health', async () => {
    await start();
    const progress: any[] = [];
    client.onNotification('pinHygiene/verifyProgress', (p) => progress.push(p));
    const mismatch = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === kotlinUri && p.diagnostics.some((d: any) => d.code === 'pin-live-mismatch'));
    const result = await client.request('pinHygiene/verifyLive', { timeoutMs: 5000, connectTo: { 'api.pins.test': `127.0.0.1:${server.port}` } });
    assert.deepEqual(result.hosts.map((h: any) => [h.host, h.ok]), [['api.pins.test', true]]);
    assert.equal(result.cancelled, false);
    assert.ok(result.findings >= 1);
    assert.deepEqual(progress, [{ done: 1, total: 1, host: 'api.pins.test' }]);
    const diagnostic = (await mismatch).diagnostics.find((d: any) => d.code === 'pin-live-mismatch');
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.range.start.line, 1);

    client.notify('textDocument/didOpen', { textDocument: { uri: kotlinUri, languageId: 'kotlin', version: 1, text: readFileSync(new URL(kotlinUri), 'utf8') } });
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: kotlinUri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 1);
    assert.match(lenses[0].command.title, /^api\.pins\.test: 2 pins · backup present · ✗ no pin matches the served chain \(checked .* UTC\)$/);
    assert.equal(lenses[0].command.command, 'pinHygiene.verifyLivePins');

    const { hosts } = await client.request('pinHygiene/inventory', {});
    assert.equal(hosts[0].live.ok, true);
    assert.match(hosts[0].live.text, /^2 of 4 pins match \(leaf, intermediate\)$/);
  });

  it('hovers a pin with the certificate a lookup found for it', async () => {
    await start();
    client.notify('textDocument/didOpen', { textDocument: { uri: nscUri, languageId: 'xml', version: 1, text: nscText } });
    const position = { line: 5, character: 30 }; // inside the intermediate's pin
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: nscUri }, position }), null, 'unknown before a lookup');
    const lookup = await client.request('pinHygiene/lookupHost', { target: `127.0.0.1:${server.port}`, timeoutMs: 5000 });
    assert.deepEqual(lookup.certificates.map((c: any) => c.spkiSha256Base64), pins);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: nscUri }, position });
    assert.match(hover.contents.value, /the public key of the \*\*intermediate\*\* certificate `CN=Test Intermediate lsp`/);
    assert.match(hover.contents.value, /- Valid: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, expires/);
    assert.deepEqual(hover.range, { start: { line: 5, character: 28 }, end: { line: 5, character: 28 + 44 } });
  });

  it('reads a certificate file, and names each failure kind in lookup errors', async () => {
    await start();
    const file = await client.request('pinHygiene/certificateFile', { uri: pathToFileURL(chain.leaf.certPath).href });
    assert.deepEqual(file.certificates.map((c: any) => [c.role, c.spkiSha256Base64]), [['leaf', pins[0]]]);
    await assert.rejects(client.request('pinHygiene/certificateFile', { uri: pathToFileURL(chain.leaf.keyPath).href }), /holds no certificate/);
    const port = await closedPort();
    await assert.rejects(client.request('pinHygiene/lookupHost', { target: `127.0.0.1:${port}` }), /Connection refused by 127\.0\.0\.1:\d+/);
    await assert.rejects(client.request('pinHygiene/lookupHost', { target: 'nowhere.invalid' }), /DNS lookup failed/);
  });
});

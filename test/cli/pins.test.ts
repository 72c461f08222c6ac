import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';
import { makeOpensslChain, opensslPin, type OpensslChain } from '../helpers/openssl-chain';
import { closedPort, startConnectProxy, startTlsServer, type TlsTestServer } from '../helpers/tls-servers';

/** Runs the CLI without blocking this process, whose event loop serves the TLS test server. */
function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', HTTPS_PROXY: '', https_proxy: '', ...options.env };
    const child = spawn(process.execPath, [repoPath('dist', 'cli.js'), ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('pin-hygiene pins and scan --verify-live', function () {
  this.timeout(30_000);
  let dir: string;
  let chain: OpensslChain;
  let server: TlsTestServer;
  let expectedPins: string[];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-cli-pins-'));
    chain = makeOpensslChain(dir, { kind: 'rsa', prefix: 'cli' });
    expectedPins = [chain.leaf.certPath, chain.intermediate.certPath].map(opensslPin);
    server = await startTlsServer({ key: readFileSync(chain.leaf.keyPath), cert: chain.servedPem });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the pins openssl computes for every certificate the server presents (JSON)', async () => {
    const { status, stdout, stderr } = await cli(['pins', `127.0.0.1:${server.port}`, '--servername', 'api.pins.test', '--format', 'json']);
    assert.equal(status, 1, stderr); // chain read, but its root is trusted by nobody
    const report = JSON.parse(stdout);
    assert.equal(report.source, `127.0.0.1:${server.port}`);
    assert.equal(report.servername, 'api.pins.test');
    assert.deepEqual(report.certificates.map((c: any) => c.spkiSha256Base64), expectedPins);
    assert.deepEqual(report.certificates.map((c: any) => c.pin), expectedPins.map((p) => `sha256/${p}`));
    assert.deepEqual(report.certificates.map((c: any) => c.role), ['leaf', 'intermediate']);
    assert.equal(report.problems[0].kind, 'untrusted');
  });

  it('prints a text report with subject, issuer, validity, key and both pin encodings', async () => {
    const { stdout } = await cli(['pins', `127.0.0.1:${server.port}`]);
    assert.match(stdout, /^\[0\] leaf: CN=api\.pins\.test$/m);
    assert.match(stdout, /^\[1\] intermediate: CN=Test Intermediate cli$/m);
    assert.match(stdout, /^ {4}Issuer: {7}O=Pin Hygiene Tests, CN=Test Intermediate cli$/m);
    assert.match(stdout, /^ {4}Key: {10}RSA 2048-bit$/m);
    for (const pin of expectedPins) {
      assert.ok(stdout.includes(`    Pin:          sha256/${pin}\n`), pin);
      assert.ok(stdout.includes(`    SPKI SHA-256: ${Buffer.from(pin, 'base64').toString('hex')}\n`));
    }
    assert.match(stdout, /^warning Untrusted chain: /m);
  });

  it('reads a certificate file with --cert', async () => {
    const bundle = path.join(dir, 'bundle.pem');
    writeFileSync(bundle, chain.leaf.pem + chain.intermediate.pem + chain.root.pem);
    const { status, stdout } = await cli(['pins', '--cert', bundle, '--format', 'json']);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.certificates.map((c: any) => [c.role, c.spkiSha256Base64]), [
      ['leaf', expectedPins[0]],
      ['intermediate', expectedPins[1]],
      ['root', opensslPin(chain.root.certPath)],
    ]);
  });

  it('goes through HTTPS_PROXY', async () => {
    const proxy = await startConnectProxy();
    try {
      const { stdout } = await cli(['pins', `127.0.0.1:${server.port}`, '--format', 'json'], { env: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}` } });
      assert.deepEqual(proxy.requests, [`127.0.0.1:${server.port}`]);
      assert.equal(JSON.parse(stdout).proxy, `http://127.0.0.1:${proxy.port}`);
    } finally {
      await proxy.close();
    }
  });

  it('fails with exit code 2 and the failure named on standard error', async () => {
    const dns = await cli(['pins', 'nowhere.invalid']);
    assert.equal(dns.status, 2);
    assert.match(dns.stderr, /^pin-hygiene: DNS lookup failed: the host name of nowhere\.invalid:443 does not resolve/);
    const port = await closedPort();
    const refused = await cli(['pins', `127.0.0.1:${port}`]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /Connection refused by 127\.0\.0\.1:\d+/);
    assert.equal((await cli(['pins'])).status, 2);
    assert.equal((await cli(['pins', 'a', '--timeout', 'soon'])).status, 2);
  });

  it('scan --verify-live flags a workspace pin that matches no served certificate, and per-host failures', async () => {
    const workspace = path.join(dir, 'app');
    const xmlDir = path.join(workspace, 'res', 'xml');
    mkdirSync(xmlDir, { recursive: true });
    writeFileSync(
      path.join(workspace, 'Api.kt'),
      [
        'val pinner = CertificatePinner.Builder()',
        '    .add("api.pins.test", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "sha256/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=")',
        '    .add("down.pins.test", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "sha256/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=")',
        '    .build()',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(xmlDir, 'network_security_config.xml'),
      [
        '<network-security-config>',
        '  <domain-config>',
        '    <domain includeSubdomains="true">api.pins.test</domain>',
        '    <pin-set expiration="2099-01-01">',
        `      <pin digest="SHA-256">${expectedPins[0]}</pin>`,
        `      <pin digest="SHA-256">${expectedPins[1]}</pin>`,
        '    </pin-set>',
        '  </domain-config>',
        '</network-security-config>',
        '',
      ].join('\n'),
    );
    const closed = await closedPort();
    const args = ['scan', '.', '--verify-live', '--format', 'json', '--connect-to', `api.pins.test=127.0.0.1:${server.port}`, '--connect-to', `down.pins.test=127.0.0.1:${closed}`];
    const { status, stdout, stderr } = await cli(args, { cwd: workspace });
    assert.equal(status, 1, stderr);
    const report = JSON.parse(stdout);
    const live = report.findings.filter((f: any) => f.ruleId.startsWith('pin-live-')).map((f: any) => `${f.file}:${f.line} ${f.ruleId} ${f.severity} ${f.host}`);
    assert.deepEqual(live.sort(), [
      'Api.kt:2 pin-live-mismatch error api.pins.test',
      'Api.kt:3 pin-live-lookup-failed info down.pins.test',
      'res/xml/network_security_config.xml:4 pin-live-certificate-expiry warning api.pins.test',
      'res/xml/network_security_config.xml:4 pin-live-certificate-expiry warning api.pins.test',
    ]);
    const mismatch = report.findings.find((f: any) => f.ruleId === 'pin-live-mismatch');
    assert.match(mismatch.message, /^No pin for `api\.pins\.test` matches a certificate it serves now \(leaf CN=api\.pins\.test → intermediate CN=Test Intermediate cli\)/);
    const failed = report.findings.find((f: any) => f.ruleId === 'pin-live-lookup-failed');
    assert.match(failed.message, /Connection refused by 127\.0\.0\.1:\d+/);
    assert.deepEqual(report.verifiedHosts.map((h: any) => h.host).sort(), ['api.pins.test', 'down.pins.test']);
    assert.deepEqual(report.verifiedHosts.find((h: any) => h.host === 'api.pins.test').certificates.map((c: any) => c.spkiSha256Base64), expectedPins);

    // Without the flag nothing is looked up.
    const offline = JSON.parse((await cli(['scan', '.', '--format', 'json'], { cwd: workspace })).stdout);
    assert.equal(offline.findings.some((f: any) => f.ruleId.startsWith('pin-live-')), false);
    assert.equal('verifiedHosts' in offline, false);
  });
});

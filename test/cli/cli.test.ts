import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, repoPath } from '../helpers/paths';

function cli(args: string[], cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FINDING_KEYS = ['ruleId', 'category', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixable'];

describe('pin-hygiene CLI', function () {
  this.timeout(20_000);

  it('scans the bundled sample: text report, summary and exit code 1', () => {
    const { status, stdout } = cli(['scan', 'samples']);
    assert.equal(status, 1);
    assert.match(stdout, /^samples\/android\/app\/src\/main\/java\/com\/example\/shop\/network\/ApiClient\.kt:13:10: warning .*\[okhttp-certificate-pinner\]$/m);
    assert.match(stdout, /LegacyHttp\.java:\d+:\d+: error .*\[trust-all-x509-trust-manager\]/);
    assert.match(stdout, /^\d+ findings \(\d+ errors?, \d+ warnings\) in \d+ files; \d+ files scanned\./m);
  });

  it('prints the findings model as JSON', () => {
    const { status, stdout } = cli(['scan', '--format', 'json', 'samples/']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.tool.name, 'pin-hygiene');
    assert.ok(report.findings.length >= 7);
    for (const f of report.findings) {
      for (const key of FINDING_KEYS) assert.ok(key in f, `finding lacks ${key}`);
      assert.ok(['pin', 'tls', 'secret', 'pin-health'].includes(f.category));
      assert.ok(f.line >= 1 && f.column >= 1);
      assert.equal('offset' in f || 'fixes' in f, false, 'internal fields stay internal');
    }
    const pinSet = report.findings.find((f: any) => f.ruleId === 'nsc-pin-set');
    assert.equal(pinSet.host, 'api.shop.example.com');
    assert.deepEqual(pinSet.pins, ['sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=', 'sha256/5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=']);
    assert.equal(report.summary.findings, report.findings.length);
  });

  it('honours --fail-on and --rule', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-fail-'));
    try {
      writeFileSync(path.join(dir, 'Tm.kt'), 'object Tm : X509TrustManager {\n  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}\n}\n');
      assert.equal(cli(['scan', '.', '--fail-on', 'error'], dir).status, 1);
      assert.equal(cli(['scan', '.', '--fail-on', 'error', '--rule', 'trust-all-x509-trust-manager=warning'], dir).status, 0);
      assert.equal(cli(['scan', '.', '--fail-on', 'warning', '--rule', 'trust-all-x509-trust-manager=warning'], dir).status, 1);
      assert.equal(cli(['scan', '.', '--rule', 'trust-all-x509-trust-manager=off'], dir).status, 0);
      assert.equal(cli(['scan', '.', '--fail-on', 'none'], dir).status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 with a clean summary when nothing is found', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-cli-'));
    try {
      writeFileSync(path.join(dir, 'Clean.kt'), 'val client = OkHttpClient()\n');
      const { status, stdout } = cli(['scan', '.'], dir);
      assert.equal(status, 0);
      assert.match(stdout, /No findings in 1 file scanned\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [['scan', '--format', 'xml'], ['scan', '--bogus'], ['frobnicate'], [], ['scan', 'no/such/dir'], ['scan', '--rule', 'nope=off'], ['scan', '--fail-on', 'critical']]) {
      const { status, stderr } = cli(args);
      assert.equal(status, 2, `exit code for ${args.join(' ')}`);
      assert.match(stderr, /^pin-hygiene: /, `message for ${args.join(' ')}`);
    }
  });

  it('lists rules and prints help and version', () => {
    assert.match(cli(['rules']).stdout, /^okhttp-certificate-pinner\s+pin\s+warning/m);
    assert.match(cli(['--help']).stdout, /Usage: pin-hygiene/);
    assert.match(cli(['--version']).stdout, /^pin-hygiene \d+\.\d+\.\d+/);
  });

  it('runs the workspace checks after the walk and takes --expiry-warning-days', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-ws-'));
    try {
      const a = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
      const b = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
      const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      mkdirSync(path.join(dir, 'res/xml'), { recursive: true });
      writeFileSync(
        path.join(dir, 'res/xml/network_security_config.xml'),
        `<network-security-config><domain-config><domain>api.example.com</domain><pin-set expiration="${soon}"><pin digest="SHA-256">${a}</pin><pin digest="SHA-256">${b}</pin></pin-set></domain-config></network-security-config>\n`,
      );
      writeFileSync(path.join(dir, 'Net.kt'), `val p = CertificatePinner.Builder().add("api.example.com", "sha256/${a}", "sha256/${a.replace('6d', '7d')}").build()\n`);
      const report = JSON.parse(cli(['scan', '.', '--format', 'json'], dir).stdout);
      const ids = report.findings.map((f: any) => `${f.file}:${f.ruleId}`).sort();
      assert.deepEqual(ids, [
        'Net.kt:okhttp-certificate-pinner',
        'Net.kt:pin-cross-platform-mismatch',
        'res/xml/network_security_config.xml:nsc-pin-set',
        'res/xml/network_security_config.xml:pin-cross-platform-mismatch',
        'res/xml/network_security_config.xml:pin-expiration',
      ]);
      assert.equal(report.summary.findings, 5);
      const later = JSON.parse(cli(['scan', '.', '--format', 'json', '--expiry-warning-days', '7', '--rule', 'pin-cross-platform-mismatch=off'], dir).stdout);
      assert.deepEqual(later.findings.map((f: any) => f.ruleId).sort(), ['nsc-pin-set', 'okhttp-certificate-pinner']);
      assert.equal(cli(['scan', '.', '--expiry-warning-days', 'soon'], dir).status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the report to --output', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-out-'));
    try {
      const out = path.join(dir, 'report.json');
      const { stdout } = cli(['scan', 'samples', '--format', 'json', '--output', out]);
      assert.equal(stdout, '');
      assert.ok(JSON.parse(require('node:fs').readFileSync(out, 'utf8')).findings.length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NSC = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<network-security-config>',
  '    <base-config cleartextTrafficPermitted="true" />',
  '    <domain-config cleartextTrafficPermitted="true">',
  '        <domain includeSubdomains="true">api.example.com</domain>',
  '    </domain-config>',
  '</network-security-config>',
  '',
].join('\n');
const NSC_FIXED = NSC.replace(/cleartextTrafficPermitted="true"/g, 'cleartextTrafficPermitted="false"');
// A finding --fix cannot fix: it stays in the report and keeps the exit code at 1.
const TRUST_ALL = 'object Tm : X509TrustManager {\n  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}\n}\n';

describe('pin-hygiene scan --fix', function () {
  this.timeout(20_000);
  let dir: string;
  const nscPath = (): string => path.join(dir, 'app/src/main/res/xml/network_security_config.xml');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-fix-'));
    mkdirSync(path.dirname(nscPath()), { recursive: true });
    writeFileSync(nscPath(), NSC);
    chmodSync(nscPath(), 0o640);
    writeFileSync(path.join(dir, 'app/Tm.kt'), TRUST_ALL);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites fixable files, keeps their mode, and reports what remains with a summary line', () => {
    const { status, stdout } = cli(['scan', '.', '--fix'], dir);
    assert.equal(readFileSync(nscPath(), 'utf8'), NSC_FIXED);
    assert.equal(statSync(nscPath()).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(path.dirname(nscPath())), ['network_security_config.xml'], 'no temporary file left');
    assert.doesNotMatch(stdout, /nsc-cleartext-traffic/);
    assert.match(stdout, /Tm\.kt:2:\d+: error .*\[trust-all-x509-trust-manager\]/);
    assert.match(stdout, /^Applied 2 fixes in 1 file\.$/m);
    assert.match(stdout, /^1 finding \(1 error\) in 1 file; 2 files scanned\.$/m);
    assert.equal(status, 1, 'the trust-all finding remains');
    // Nothing left to fix: a second run changes nothing and says so.
    const again = cli(['scan', '.', '--fix', '--rule', 'trust-all-x509-trust-manager=off'], dir);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /^Nothing to fix automatically\.$/m);
  });

  it('--fix-dry-run prints a unified diff that git applies, and writes nothing', function () {
    const { status, stdout } = cli(['scan', '.', '--fix-dry-run', '--rule', 'trust-all-x509-trust-manager=off'], dir);
    assert.equal(status, 0, 'nothing would remain');
    assert.equal(readFileSync(nscPath(), 'utf8'), NSC, 'a dry run writes nothing');
    assert.match(stdout, /^--- a\/app\/src\/main\/res\/xml\/network_security_config\.xml\n\+\+\+ b\/app\/src\/main\/res\/xml\/network_security_config\.xml\n@@ -1,7 \+1,7 @@\n/);
    assert.match(stdout, /^-    <base-config cleartextTrafficPermitted="true" \/>\n\+    <base-config cleartextTrafficPermitted="false" \/>$/m);
    assert.match(stdout, /^Dry run: would apply 2 fixes in 1 file, nothing written\.$/m);
    if (spawnSync('git', ['--version']).error) return;
    const patch = stdout.slice(0, stdout.indexOf('\n\n') + 1);
    writeFileSync(path.join(dir, 'fix.patch'), patch);
    const apply = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    assert.equal(readFileSync(nscPath(), 'utf8'), NSC_FIXED);
  });

  it('adds the fix counts to the JSON report', () => {
    const { stdout } = cli(['scan', '.', '--fix', '--format', 'json'], dir);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.fix, {
      dryRun: false,
      filesFixed: 1,
      fixesApplied: 2,
      filesSkipped: 0,
      files: [{ file: 'app/src/main/res/xml/network_security_config.xml', status: 'fixed', fixesApplied: 2, byRule: { 'nsc-cleartext-traffic': 2 } }],
    });
    assert.deepEqual(report.findings.map((f: { ruleId: string }) => f.ruleId), ['trust-all-x509-trust-manager']);
    const dry = JSON.parse(cli(['scan', '.', '--fix-dry-run', '--format', 'json'], dir).stdout);
    assert.equal(dry.fix.dryRun, true);
    assert.equal(dry.fix.fixesApplied, 0, 'the first run fixed everything');
  });

  it('honours --rule and --exclude', () => {
    cli(['scan', '.', '--fix', '--rule', 'nsc-cleartext-traffic=off'], dir);
    assert.equal(readFileSync(nscPath(), 'utf8'), NSC);
    const { stdout } = cli(['scan', '.', '--fix', '--exclude', '**/res/**'], dir);
    assert.equal(readFileSync(nscPath(), 'utf8'), NSC);
    assert.match(stdout, /^Nothing to fix automatically\.$/m);
  });

  it('keeps a UTF-8 BOM and CRLF line ends', () => {
    writeFileSync(nscPath(), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NSC.replace(/\n/g, '\r\n'))]));
    cli(['scan', '.', '--fix'], dir);
    assert.deepEqual(readFileSync(nscPath()), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NSC_FIXED.replace(/\n/g, '\r\n'))]));
  });
});

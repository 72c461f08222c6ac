import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

function scanJson(dir: string, ...args: string[]): { status: number | null; findings: { ruleId: string; line: number; category: string }[] } {
  const run = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), 'scan', '.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, findings: JSON.parse(run.stdout).findings };
}

describe('pin-hygiene scan and suppression comments', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ph-suppress-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('honours a suppression with a reason (exit 0) and reports one without a reason', () => {
    const code = (comment: string): string => ['import requests', '', comment, 'requests.get(url, verify=False)', ''].join('\n');
    writeFileSync(path.join(dir, 'upload.py'), code('# pin-hygiene-ignore-next-line python-verify-false: self-signed test server in CI'));
    assert.deepEqual(scanJson(dir), { status: 0, findings: [] });

    writeFileSync(path.join(dir, 'upload.py'), code('# pin-hygiene-ignore-next-line python-verify-false'));
    const { status, findings } = scanJson(dir);
    assert.equal(status, 1);
    assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.line}:${f.category}`), ['invalid-suppression@3:suppression']);
  });

  it('reports unused suppressions, but not those of a rule turned off with --rule', () => {
    writeFileSync(path.join(dir, 'upload.py'), '# pin-hygiene-ignore-next-line python-verify-false: CI only\nrequests.get(url)\n');
    assert.deepEqual(scanJson(dir, '--fail-on', 'info').findings.map((f) => f.ruleId), ['unused-suppression']);
    assert.deepEqual(scanJson(dir, '--fail-on', 'info', '--rule', 'python-verify-false=off'), { status: 0, findings: [] });
  });
});

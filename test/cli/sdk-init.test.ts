import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [repoPath('dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pin-hygiene sdk-init', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-cli-sdk-init-'));
    cpSync(repoPath('test', 'golden', 'sdk-init', 'android', 'kotlin-application-kts', 'before'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const after = (file: string): string => readFileSync(repoPath('test', 'golden', 'sdk-init', 'android', 'kotlin-application-kts', 'after', file), 'utf8');

  it('prints the plan without changing anything, then --write makes the golden changes, then finds nothing to do', () => {
    const entry = 'app/src/main/java/com/example/shop/ShopApplication.kt';
    const original = readFileSync(path.join(dir, entry), 'utf8');
    const dry = cli(['sdk-init'], dir);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^Android project app: ready\n {2}would change app\/src\/main\/java\/com\/example\/shop\/ShopApplication\.kt: /);
    assert.match(dry.stdout, /\+ {8}ApproovService\.initialize\(applicationContext, "<enter-your-config-string-here>"\)/);
    assert.match(dry.stdout, /note: pinHygiene\.sdk\.versions\.okhttp: no version is set/);
    assert.equal(readFileSync(path.join(dir, entry), 'utf8'), original);

    const write = cli(['sdk-init', 'app/src/main/java/com/example/shop/network/ApiClient.kt', '--write', '--format', 'json'], dir);
    assert.equal(write.status, 0, write.stderr);
    assert.deepEqual(JSON.parse(write.stdout).written.sort(), ['app/build.gradle.kts', 'app/src/main/AndroidManifest.xml', entry]);
    for (const file of ['app/build.gradle.kts', 'app/src/main/AndroidManifest.xml', entry]) assert.equal(readFileSync(path.join(dir, file), 'utf8'), after(file), file);

    const again = cli(['sdk-init', '.'], dir);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /^Android project app: already-initialised\n {2}note: .*already initialises/);
  });

  it('writes the config string and versions given on the command line', () => {
    const write = cli(['sdk-init', '--config', '#shop#K/XPl=', '--sdk-version', 'okhttp=3.5.5', '--write'], dir);
    assert.equal(write.status, 0, write.stderr);
    assert.match(readFileSync(path.join(dir, 'app/build.gradle.kts'), 'utf8'), /implementation\("io\.approov:service\.okhttp:3\.5\.5"\)/);
    assert.match(readFileSync(path.join(dir, 'app/src/main/java/com/example/shop/ShopApplication.kt'), 'utf8'), /initialize\(applicationContext, "#shop#K\/XPl="\)/);
    assert.doesNotMatch(write.stdout, /note: .*placeholder/);
  });

  it('exits 2 on a bad layer name and 1 where there is no project', () => {
    assert.equal(cli(['sdk-init', '--sdk-version', 'okhtp=1'], dir).status, 2);
    const empty = mkdtempSync(path.join(tmpdir(), 'ph-cli-sdk-init-empty-'));
    try {
      const none = cli(['sdk-init'], empty);
      assert.equal(none.status, 1);
      assert.match(none.stdout, /No Android, iOS, Flutter, React Native or \.NET MAUI project found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

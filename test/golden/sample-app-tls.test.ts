/**
 * The bundled Android sample app after fix-all of its `tls` findings: none is left, the XML still
 * parses and the Java still compiles against the golden stubs.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileKindOf, Scanner } from '../../server/src/engine';
import { fixAll } from '../../server/src/engine/fixes/fix-all';
import { repoPath } from '../helpers/paths';
import { compileJava, javacAvailable, syntaxProblems } from './golden-checks';

const ANDROID = repoPath('samples', 'android');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

describe('sample app: fix-all of tls findings (Android)', function () {
  this.timeout(60_000);
  const scanner = new Scanner({});
  const fixed = new Map<string, string>();
  before(() => {
    for (const file of files(ANDROID)) {
      const text = readFileSync(file, 'utf8');
      const result = fixAll(text, (t) => scanner.scan(file, t).findings, (f) => f.category === 'tls');
      assert.equal(result.error, undefined, `${file}: ${result.error}`);
      fixed.set(file, result.text);
    }
  });

  it('leaves no tls finding and changes the files that had one', () => {
    const left = [...fixed].flatMap(([file, text]) => scanner.scan(file, text).findings.filter((f) => f.category === 'tls').map((f) => `${path.relative(ANDROID, file)}:${f.line} ${f.ruleId}`));
    assert.deepEqual(left, []);
    const changed = [...fixed].filter(([file, text]) => text !== readFileSync(file, 'utf8')).map(([file]) => path.basename(file)).sort();
    assert.deepEqual(changed, ['AndroidManifest.xml', 'LegacyHttp.java', 'network_security_config.xml']);
  });

  it('leaves files that parse, and Java that compiles', function () {
    for (const [file, text] of fixed) {
      const kind = fileKindOf(file);
      if (kind && kind !== 'java') assert.deepEqual(syntaxProblems(kind, file, text), [], file);
    }
    if (!javacAvailable()) this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-sample-'));
    try {
      const java = [...fixed].filter(([file]) => file.endsWith('.java')).map(([file, text]) => {
        const copy = path.join(dir, path.basename(file));
        writeFileSync(copy, text);
        return copy;
      });
      assert.equal(compileJava(java), '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

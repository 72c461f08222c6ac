import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_EXCLUDES, decodeText, excludeMatcher, readTextFile, walkFiles } from '../../../server/src/engine';

async function list(root: string, options?: Parameters<typeof walkFiles>[1]): Promise<string[]> {
  const files: string[] = [];
  for await (const f of walkFiles(root, options)) files.push(f.relative);
  return files;
}

describe('walking and reading files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ph-walk-'));
    const write = (rel: string, text = 'x'): void => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    };
    write('app/src/Main.kt');
    write('app/build/generated/Gen.kt');
    write('app/build.gradle');
    write('node_modules/lib/index.js');
    write('.gitignore', 'secrets/\n*.log\n');
    write('secrets/key.kt');
    write('debug.log');
    write('ios/.gitignore', 'Generated.swift\n');
    write('ios/Generated.swift');
    write('ios/App.swift');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('honours default excludes and nested .gitignore files', async () => {
    assert.deepEqual(await list(root), ['.gitignore', 'app/build.gradle', 'app/src/Main.kt', 'ios/.gitignore', 'ios/App.swift']);
  });

  it('leaves out folders named by a row of folder names (**/bin/Debug/**), and only those', async () => {
    for (const rel of ['win/bin/Debug/App.cs', 'bin/Debug/Root.cs', 'win/bin/Release/App.cs', 'win/Debug/App.cs', 'win/xbin/Debug/App.cs']) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), 'x');
    }
    const files = (await list(root)).filter((f) => f.endsWith('.cs'));
    assert.deepEqual(files, ['win/Debug/App.cs', 'win/bin/Release/App.cs', 'win/xbin/Debug/App.cs']);
    const matcher = excludeMatcher(DEFAULT_EXCLUDES);
    assert.equal(matcher('win/bin/Debug/App.cs'), true);
    assert.equal(matcher('win/bin/Release/App.cs'), false);
  });

  it('can ignore .gitignore and add exclude globs', async () => {
    const files = await list(root, { gitignore: false, exclude: ['**/node_modules/**', 'app/**'] });
    assert.deepEqual(files, ['.gitignore', 'debug.log', 'ios/.gitignore', 'ios/App.swift', 'ios/Generated.swift', 'secrets/key.kt']);
  });

  it('survives symlink loops and dangling links', async () => {
    symlinkSync(root, path.join(root, 'app/src/loop'));
    symlinkSync(path.join(root, 'missing'), path.join(root, 'app/src/dangling.kt'));
    const files = await list(root);
    assert.ok(files.includes('app/src/Main.kt'));
    assert.equal(files.filter((f) => f.endsWith('Main.kt')).length, 1);
  });

  it('walks a single file given as root', async () => {
    assert.deepEqual(await list(path.join(root, 'ios/App.swift')), ['App.swift']);
  });

  it('decodes UTF-8 (dropping a BOM) and UTF-16, and skips binary and other encodings', async () => {
    assert.equal(decodeText(Buffer.from('\ufeffval x', 'utf8')).text, 'val x');
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')])).text, 'hi');
    assert.equal(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])).skipped, 'binary content');
    assert.equal(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20])).skipped, 'not UTF-8 text');
    writeFileSync(path.join(root, 'big.kt'), 'x'.repeat(5000));
    assert.match((await readTextFile(path.join(root, 'big.kt'), 1024)).skipped!, /larger than 1 KiB/);
    assert.match((await readTextFile(path.join(root, 'nope.kt'), 1024)).skipped!, /unreadable \(ENOENT\)/);
  });
});

import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { replaceFileAtomically } from '../../../server/src/cli/atomic-write';
import { encodeText, encodingOf } from '../../../server/src/cli/text-encoding';
import { decodeText } from '../../../server/src/engine';

describe('cli/atomic-write and text-encoding', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ph-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const file = path.join(dir, 'run.sh');
    writeFileSync(file, 'old');
    chmodSync(file, 0o751);
    assert.deepEqual(await replaceFileAtomically(file, Buffer.from('old'), Buffer.from('new')), { ok: true });
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.equal(statSync(file).mode & 0o777, 0o751);
    assert.deepEqual(readdirSync(dir), ['run.sh']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'Api.kt');
    writeFileSync(target, 'old');
    symlinkSync(target, path.join(dir, 'Link.kt'));
    assert.deepEqual(await replaceFileAtomically(path.join(dir, 'Link.kt'), Buffer.from('old'), Buffer.from('new')), { ok: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.ok(lstatSync(path.join(dir, 'Link.kt')).isSymbolicLink());
  });

  it('leaves a file alone that changed since it was read', async () => {
    const file = path.join(dir, 'Api.kt');
    writeFileSync(file, 'saved by the editor meanwhile');
    const result = await replaceFileAtomically(file, Buffer.from('what was read'), Buffer.from('fixed'));
    assert.equal(result.ok, false);
    assert.match((result as { reason: string }).reason, /changed on disk/);
    assert.equal(readFileSync(file, 'utf8'), 'saved by the editor meanwhile');
    assert.deepEqual(readdirSync(dir), ['Api.kt']);
  });

  it('reports a failure and removes its temporary file', async () => {
    const folder = path.join(dir, 'not-a-file');
    mkdirSync(folder);
    const result = await replaceFileAtomically(folder, Buffer.from(''), Buffer.from('x'));
    assert.equal(result.ok, false);
    assert.match((result as { reason: string }).reason, /could not be written \(EISDIR\)/);
    assert.deepEqual(readdirSync(dir), ['not-a-file']);
  });

  it('writes text back in the encoding it was read in (BOMs, UTF-16)', () => {
    for (const bytes of [
      Buffer.from('plain é\n'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('bom é\n')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('le é\n', 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('be é\n', 'utf16le').swap16()]),
    ]) {
      const text = decodeText(bytes).text!;
      assert.deepEqual(encodeText(text, encodingOf(bytes)), bytes, encodingOf(bytes));
    }
  });
});

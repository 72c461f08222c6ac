import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixFile } from '../../../server/src/cli/fix-files';
import { Scanner, type Rule } from '../../../server/src/engine';
import { fakeRule } from '../../helpers/fake-rules';

// Removing `.certificatePinner(p)` leaves `val p` unused, which a second rule then removes: two passes.
const REMOVE_CALL = fakeRule('remove-call', ['kotlin'], 'certificatePinner', /\.certificatePinner\(p\)/, (m) => [{ start: m.index, end: m.index + m[0].length, newText: '' }]);
const REMOVE_UNUSED = fakeRule('remove-unused', ['kotlin'], 'val p', /val p = pinner\(\)\n/, (m, text) =>
  text.includes('(p)') ? [] : [{ start: m.index, end: m.index + m[0].length, newText: '' }],
);
const KOTLIN = 'val p = pinner()\nval c = builder().certificatePinner(p).build()\n';

describe('cli/fix-files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ph-fixfile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function target(name: string, text: string | Buffer, kind: 'kotlin' | 'xml') {
    const absolute = path.join(dir, name);
    writeFileSync(absolute, text);
    return { absolute, file: name, kind };
  }

  it('applies fixes over several passes and writes the file once, with per-rule counts', async () => {
    const t = target('Api.kt', KOTLIN, 'kotlin');
    const result = await fixFile(t, new Scanner({}, [REMOVE_CALL, REMOVE_UNUSED]), { dryRun: false, maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'fixed');
    assert.equal(result.fixesApplied, 2);
    assert.deepEqual(result.byRule, { 'remove-call': 1, 'remove-unused': 1 });
    assert.equal(readFileSync(t.absolute, 'utf8'), 'val c = builder().build()\n');
    assert.deepEqual(result.scan?.findings, []);
    assert.deepEqual(readdirSync(dir), ['Api.kt']);
  });

  it('in a dry run returns a diff and leaves the file alone', async () => {
    const t = target('Api.kt', KOTLIN, 'kotlin');
    const result = await fixFile(t, new Scanner({}, [REMOVE_CALL, REMOVE_UNUSED]), { dryRun: true, maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'fixed');
    assert.equal(result.diff, '--- a/Api.kt\n+++ b/Api.kt\n@@ -1,2 +1,1 @@\n-val p = pinner()\n-val c = builder().certificatePinner(p).build()\n+val c = builder().build()\n');
    assert.equal(readFileSync(t.absolute, 'utf8'), KOTLIN);
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const text = KOTLIN.replace(/\n/g, '\r\n');
    const t = target('Api.kt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'kotlin');
    const crlfUnused = fakeRule('remove-unused', ['kotlin'], 'val p', /val p = pinner\(\)\r\n/, (m, s) => (s.includes('(p)') ? [] : [{ start: m.index, end: m.index + m[0].length, newText: '' }]));
    await fixFile(t, new Scanner({}, [REMOVE_CALL, crlfUnused]), { dryRun: false, maxFileBytes: 1 << 20 });
    assert.deepEqual(readFileSync(t.absolute), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('val c = builder().build()\r\n')]));
  });

  it('leaves a file alone when a fix does not apply cleanly', async () => {
    const overlapping = fakeRule('bad-fix', ['kotlin'], 'pinner', /pinner\(\)/, (m) => [
      { start: m.index, end: m.index + 4, newText: 'a' },
      { start: m.index + 2, end: m.index + 6, newText: 'b' },
    ]);
    const t = target('Api.kt', KOTLIN, 'kotlin');
    const result = await fixFile(t, new Scanner({}, [overlapping]), { dryRun: false, maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'skipped');
    assert.match(result.reason!, /a fix did not apply cleanly \(edits overlap at offset 10\)/);
    assert.equal(readFileSync(t.absolute, 'utf8'), KOTLIN);
  });

  it('leaves a file alone when the fixed XML would not parse', async () => {
    const xml = '<network-security-config>\n  <pin-set>x</pin-set>\n</network-security-config>\n';
    const breaking = fakeRule('xml-breaker', ['xml'], 'pin-set', /<\/pin-set>/, (m) => [{ start: m.index, end: m.index + m[0].length, newText: '' }]);
    const parsing: Rule = { ...breaking, detect: (context) => (context.xmlRoot(), breaking.detect(context)) };
    const t = target('network_security_config.xml', xml, 'xml');
    const result = await fixFile(t, new Scanner({}, [parsing]), { dryRun: false, maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'skipped');
    assert.match(result.reason!, /the fixed file would not parse/);
    assert.equal(readFileSync(t.absolute, 'utf8'), xml);
  });

  it('says nothing happened when no finding has a fix to apply', async () => {
    const t = target('Api.kt', 'val c = builder().build()\n', 'kotlin');
    const result = await fixFile(t, new Scanner({}, [REMOVE_CALL]), { dryRun: false, maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'unchanged');
  });
});

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ScanCache, scanTree, type FileScan, type TreeScanOptions } from '../../../server/src/engine';
import { repoPath } from '../../helpers/paths';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';

async function collect(root: string, options: Partial<TreeScanOptions>): Promise<{ scans: FileScan[]; summary: Awaited<ReturnType<typeof scanTree>> }> {
  const scans: FileScan[] = [];
  const summary = await scanTree([root], { cwd: root, workerScript: repoPath('dist', 'scan-worker.js'), ...options }, (scan) => scans.push(scan));
  return { scans, summary };
}

const brief = (scans: FileScan[]): string[] => scans.map((s) => `${s.file}:${s.findings.map((f) => `${f.ruleId}@${f.line}`).join(',')}`);

describe('parallel tree scan and result cache', function () {
  this.timeout(30_000);
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ph-tree-'));
    for (let i = 0; i < 900; i++) {
      const dir = path.join(root, `module${i % 9}`, 'src');
      mkdirSync(dir, { recursive: true });
      const pinned = i % 50 === 0;
      writeFileSync(
        path.join(dir, `File${String(i).padStart(3, '0')}.kt`),
        pinned ? `val p = CertificatePinner.Builder().add("h${i}.example.com", "${PIN}").build()\n` : `class File${i} { val x = ${i} }\n`,
      );
    }
    writeFileSync(path.join(root, 'module0', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same results, in walk order, with workers as in one thread', async () => {
    const single = await collect(root, { workers: 0 });
    const parallel = await collect(root, { workers: 2 });
    assert.equal(single.summary.filesScanned, 900);
    assert.equal(parallel.summary.filesScanned, 900);
    assert.deepEqual(brief(parallel.scans), brief(single.scans));
    assert.equal(parallel.scans.filter((s) => s.findings.some((f) => f.ruleId === 'okhttp-certificate-pinner')).length, 18);
    const files = parallel.scans.map((s) => s.file);
    assert.deepEqual(files, [...files].sort(), 'walk order is sorted');
  });

  it('gives the same results, in walk order, when this thread scans batches besides a worker (the CLI)', async () => {
    const single = await collect(root, { workers: 0 });
    const hybrid = await collect(root, { workers: 1, scanOnThisThread: true });
    assert.equal(hybrid.summary.filesScanned, 900);
    assert.deepEqual(brief(hybrid.scans), brief(single.scans));
    const cache = new ScanCache('test');
    await collect(root, { workers: 1, scanOnThisThread: true, cache });
    const again = await collect(root, { workers: 1, scanOnThisThread: true, cache });
    assert.equal(again.summary.fromCache, 900, 'batches scanned in this thread are cached as well');
  });

  it('serves an unchanged tree from the cache, and re-scans only what changed', async () => {
    const cache = new ScanCache('test');
    const first = await collect(root, { workers: 2, cache });
    assert.equal(first.summary.fromCache, 0);
    const second = await collect(root, { workers: 2, cache });
    assert.equal(second.summary.fromCache, 900);
    assert.deepEqual(brief(second.scans), brief(first.scans));

    const changed = path.join(root, 'module1', 'src', 'File001.kt');
    writeFileSync(changed, `val p = CertificatePinner.Builder().add("changed.example.com", "${PIN}").build()\n`);
    const touched = path.join(root, 'module2', 'src', 'File002.kt');
    utimesSync(touched, new Date(), new Date(Date.now() + 5000));
    const third = await collect(root, { workers: 2, cache });
    assert.equal(third.summary.fromCache, 899, 'only the changed file is scanned again (the touched one matches by content)');
    assert.equal(third.scans.find((s) => s.absolute === changed)!.findings[0].host, 'changed.example.com');
  });

  it('persists the cache and discards one made with other options', () => {
    const file = path.join(root, 'cache.json');
    const cache = new ScanCache('key-a');
    cache.store('/x/A.kt', { size: 1, mtimeMs: 2 }, 'h', { findings: [] });
    cache.save(file);
    assert.equal(ScanCache.load(file, 'key-a').size, 1);
    assert.equal(ScanCache.load(file, 'key-b').size, 0);
    assert.equal(ScanCache.load(path.join(root, 'missing.json'), 'key-a').size, 0);
  });

  it('stops early when cancelled', async () => {
    let batches = 0;
    const { summary } = await collect(root, { workers: 2, isCancelled: () => ++batches > 2 });
    assert.equal(summary.cancelled, true);
    assert.ok(summary.filesScanned < 900);
  });
});

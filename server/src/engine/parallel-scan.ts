/**
 * Scans a tree with worker threads: this thread walks (lazily, batch by batch) while workers read
 * and scan, so a big workspace uses every core; with `scanOnThisThread` (the CLI) this thread scans
 * batches too, between handing them out. Results reach the caller in walk order. Small
 * trees, and runs without the bundled worker script, are scanned in this thread instead.
 * An optional ScanCache makes a re-scan of an unchanged tree skip reading altogether.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { readForScan, scanFileBytes, scanFileSync, scanTargets, type FileScan, type PathScanOptions, type ScanTarget } from './scan-paths';
import { hashBytes, type ScanCache } from './scan-cache';
import { Scanner, type ScanOptions, type ScanResult } from './scanner';
import { DEFAULT_MAX_FILE_LENGTH } from './skip-reason';

export interface TreeScanOptions extends PathScanOptions {
  scanOptions?: ScanOptions;
  /**
   * Worker threads to use; default: one per core (at most 8), less one when this thread scans too.
   * 0 scans in this thread alone.
   */
  workers?: number;
  /**
   * Whether this thread scans batches too, between walking and handing out batches: right for a
   * CLI run, which has nothing else to do, wrong for a language server, which must stay free to
   * answer the editor.
   */
  scanOnThisThread?: boolean;
  /** Path of the bundled worker entry (dist/scan-worker.js); default: next to the running bundle. */
  workerScript?: string;
  cache?: ScanCache;
  /** Called after each batch with the number of files scanned so far. */
  onProgress?: (filesScanned: number) => void;
  /** Checked between batches; a true value stops the scan early. */
  isCancelled?: () => boolean;
}

export interface TreeScanSummary {
  filesScanned: number;
  /** Files whose result came from the cache without being read. */
  fromCache: number;
  cancelled: boolean;
}

/** Files per message to a worker: large enough to amortise messaging, small enough to balance. */
const BATCH_SIZE = 128;
/** Batches each worker holds at a time. */
const REQUESTS_IN_FLIGHT = 2;
/**
 * Files this thread scans between looks at the workers' answers, when it scans too: a whole batch
 * would leave a worker idle once it has finished the batches it holds.
 */
const SLICE_IN_THIS_THREAD = 32;
/** Trees with fewer files than this are scanned in this thread (starting workers costs ~40 ms). */
const WORKER_THRESHOLD = 400;

export interface WorkerRequest {
  id: number;
  targets: (ScanTarget & { expectedHash?: string })[];
  maxFileBytes: number;
  hashContent: boolean;
}

export interface WorkerFileResult {
  index: number;
  result: ScanResult;
  /** Content hash when the request asked for hashes. */
  hash?: string;
  /** True when the content hash equals `expectedHash`: the cached result still holds. */
  unchanged?: boolean;
}

export interface WorkerResponse {
  id: number;
  results: WorkerFileResult[];
  error?: string;
}

export async function scanTree(paths: readonly string[], options: TreeScanOptions, onResult: (scan: FileScan) => void): Promise<TreeScanSummary> {
  const scanner = new Scanner(options.scanOptions);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_LENGTH;
  const targets = scanTargets(paths, scanner, options);
  const cache = options.cache;
  const summary: TreeScanSummary = { filesScanned: 0, fromCache: 0, cancelled: false };

  const nextBatch = (): ScanTarget[] => {
    const batch: ScanTarget[] = [];
    for (let next = targets.next(); !next.done; next = targets.next()) {
      batch.push(next.value);
      if (batch.length === BATCH_SIZE) break;
    }
    return batch;
  };

  // Peek far enough to know whether workers are worth starting.
  const head: ScanTarget[][] = [];
  let peeked = 0;
  for (let batch = nextBatch(); batch.length > 0; batch = peeked < WORKER_THRESHOLD ? nextBatch() : []) {
    head.push(batch);
    peeked += batch.length;
  }
  const workerScript = options.workerScript ?? path.join(__dirname, 'scan-worker.js');
  const defaultWorkers = Math.min(availableParallelism(), 8) - (options.scanOnThisThread ? 1 : 0);
  const workerCount = Math.min(options.workers ?? Math.max(defaultWorkers, 1), Math.ceil(peeked / BATCH_SIZE) + 1);
  const batches = function* (): Generator<ScanTarget[]> {
    yield* head;
    if (peeked < WORKER_THRESHOLD) return;
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) yield batch;
  };

  if (peeked < WORKER_THRESHOLD || workerCount <= 0 || !existsSync(workerScript)) {
    for (const batch of batches()) {
      if (options.isCancelled?.()) return { ...summary, cancelled: true };
      for (const target of batch) {
        const cached = cache?.lookup(target.absolute, statOf(target.absolute));
        if (cached) {
          summary.fromCache++;
          onResult({ ...cached, file: target.file, absolute: target.absolute });
        } else {
          const result = scanFileSync(target.absolute, target.file, target.kind, scanner, maxFileBytes);
          if (cache) cache.store(target.absolute, statOf(target.absolute), undefined, result);
          onResult({ ...result, file: target.file, absolute: target.absolute });
        }
        summary.filesScanned++;
      }
      options.onProgress?.(summary.filesScanned);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return summary;
  }

  return runWithWorkers(batches(), scanner, workerScript, workerCount, options, maxFileBytes, summary, onResult);
}

async function runWithWorkers(
  batches: Generator<ScanTarget[]>,
  scanner: Scanner,
  workerScript: string,
  workerCount: number,
  options: TreeScanOptions,
  maxFileBytes: number,
  summary: TreeScanSummary,
  onResult: (scan: FileScan) => void,
): Promise<TreeScanSummary> {
  const cache = options.cache;
  // Loaded here, not at start-up: a language server's first check needs no worker.
  const threads = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: workerCount }, () => new threads.Worker(workerScript, { workerData: { scanOptions: options.scanOptions ?? {} } }));
  // Batches finish out of order; results are handed on in walk order.
  const finished = new Map<number, { batch: ScanTarget[]; results: WorkerFileResult[]; stats: (FileStat | undefined)[] }>();
  let nextToDeliver = 0;
  let nextId = 0;
  let failure: Error | undefined;

  const deliver = (): void => {
    for (let done = finished.get(nextToDeliver); done; done = finished.get(nextToDeliver)) {
      finished.delete(nextToDeliver++);
      const byIndex = new Map(done.results.map((r) => [r.index, r]));
      done.batch.forEach((target, index) => {
        const stat = done.stats[index];
        const answer = byIndex.get(index);
        let result: ScanResult;
        if (!answer) {
          // Not sent (unchanged size and time), or scanned clean with no cache in use.
          const cached = cache?.lookup(target.absolute, stat);
          if (cached) summary.fromCache++;
          result = cached ?? { findings: [] };
        } else {
          const cached = answer.unchanged ? cache?.lookupByHash(target.absolute, answer.hash!) : undefined;
          if (cached) summary.fromCache++;
          result = cached ?? answer.result;
          cache?.store(target.absolute, stat, answer.hash, result);
        }
        onResult({ ...result, file: target.file, absolute: target.absolute });
        summary.filesScanned++;
      });
      options.onProgress?.(summary.filesScanned);
    }
  };

  /** Hands out batches to one worker, or (without one) scans them in this thread, until none are left. */
  const runLane = async (worker: Worker | undefined): Promise<void> => {
    for (;;) {
      // In this thread, let the workers' answers in (and hand them new batches) between batches.
      if (!worker) await new Promise((resolve) => setImmediate(resolve));
      if (failure) return;
      if (options.isCancelled?.()) {
        summary.cancelled = true;
        return;
      }
      const next = batches.next();
      if (next.done) return;
      const id = nextId++;
      const batch = next.value;
      const stats = batch.map((t) => (cache ? statOf(t.absolute) : undefined));
      // Files whose size and mtime match the cache are not sent at all.
      const toSend: WorkerRequest['targets'] = [];
      const indexes: number[] = [];
      batch.forEach((target, index) => {
        if (cache?.lookup(target.absolute, stats[index])) return;
        toSend.push({ ...target, expectedHash: cache?.hashOf(target.absolute) });
        indexes.push(index);
      });
      let results: WorkerFileResult[] = [];
      if (toSend.length > 0) {
        const message: WorkerRequest = { id, targets: toSend, maxFileBytes, hashContent: cache !== undefined };
        const response = worker ? await request(worker, message) : await answerInThisThread(scanner, message);
        if (response.error) {
          failure = new Error(`scan worker failed: ${response.error}`);
          return;
        }
        results = response.results.map((r) => ({ ...r, index: indexes[r.index] }));
      }
      finished.set(id, { batch, results, stats });
      deliver();
    }
  };

  try {
    // Two requests in flight per worker: it starts its next batch at once while this thread takes
    // its results and walks on, instead of waiting for that.
    const lanes = workers.flatMap((worker) => Array.from({ length: REQUESTS_IN_FLIGHT }, () => runLane(worker)));
    if (options.scanOnThisThread) lanes.push(runLane(undefined));
    await Promise.all(lanes);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  deliver();
  return summary;
}

/** A worker request answered in this thread, a slice at a time, letting the workers' answers in between slices. */
async function answerInThisThread(scanner: Scanner, message: WorkerRequest): Promise<WorkerResponse> {
  const results: WorkerFileResult[] = [];
  for (let from = 0; from < message.targets.length; from += SLICE_IN_THIS_THREAD) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    const slice = answerRequest(scanner, { ...message, targets: message.targets.slice(from, from + SLICE_IN_THIS_THREAD) });
    for (const result of slice.results) results.push({ ...result, index: result.index + from });
  }
  return { id: message.id, results };
}

function request(worker: Worker, message: WorkerRequest): Promise<WorkerResponse> {
  return new Promise((resolve, reject) => {
    const onMessage = (response: WorkerResponse): void => {
      if (response.id !== message.id) return;
      cleanup();
      resolve(response);
    };
    const onError = (e: Error): void => {
      cleanup();
      reject(e);
    };
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(message);
  });
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

function statOf(file: string): FileStat | undefined {
  try {
    const s = statSync(file);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Runs one worker request: used by scan-worker.ts, and exported for tests. */
export function answerRequest(scanner: Scanner, message: WorkerRequest): WorkerResponse {
  const results: WorkerFileResult[] = [];
  message.targets.forEach((target, index) => {
    const read = readForScan(target.absolute, message.maxFileBytes, true); // hashed and scanned before the next read
    if (!read.bytes) {
      results.push({ index, result: { findings: [], skipped: read.skipped } });
      return;
    }
    const hash = message.hashContent ? hashBytes(read.bytes) : undefined;
    if (hash !== undefined && hash === target.expectedHash) {
      results.push({ index, result: { findings: [] }, hash, unchanged: true });
      return;
    }
    const result = scanFileBytes(read.bytes, target.file, target.kind, scanner);
    // Without a cache, clean files need no answer: the caller treats silence as "no findings".
    if (message.hashContent || result.findings.length > 0 || result.skipped || result.parseError) results.push({ index, result, hash });
  });
  return { id: message.id, results };
}

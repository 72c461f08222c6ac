/** Scans files and folders from disk, one file at a time, so memory stays flat on big trees. */
import { isAscii } from 'node:buffer';
import * as path from 'node:path';
import { fileKindOf, isBinaryKind, type FileKind } from './languages';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText } from './read-file';
import type { ScanResult, Scanner } from './scanner';
import { BINARY_CONTENT, DEFAULT_MAX_FILE_LENGTH, largerThan, reasonToSkipUndecoded, startsLikeBinary } from './skip-reason';
import { walkFilesSync, type WalkOptions } from './walk';

export interface PathScanOptions extends WalkOptions {
  /** Findings name files relative to this folder (default: the process's working folder). */
  cwd?: string;
  maxFileBytes?: number;
}

export interface FileScan extends ScanResult {
  /** Display path: relative to `cwd` with `/` separators. */
  file: string;
  absolute: string;
}

/** A file the walk found that some enabled rule reads. */
export interface ScanTarget {
  absolute: string;
  /** Display path: relative to `cwd` with `/` separators. */
  file: string;
  kind: FileKind;
}

/** The files under `paths` that the scanner's rules read, in a stable order. */
export function* scanTargets(paths: readonly string[], scanner: Scanner, options: PathScanOptions = {}): Generator<ScanTarget> {
  const cwd = options.cwd ?? process.cwd();
  const wanted = (name: string): boolean => {
    const kind = fileKindOf(name);
    return kind !== undefined && scanner.handles(kind);
  };
  for (const root of paths) {
    const absoluteRoot = path.resolve(cwd, root);
    // Display paths of files under a folder root: the root's, then the walk's relative path.
    let rootDisplay: string | undefined;
    for (const walked of walkFilesSync(absoluteRoot, options, wanted)) {
      const kind = fileKindOf(walked.absolute);
      if (!kind || !scanner.handles(kind)) continue; // a root given as a file
      let file: string;
      if (walked.absolute === absoluteRoot) {
        file = path.relative(cwd, walked.absolute).split(path.sep).join('/') || path.basename(walked.absolute);
      } else {
        rootDisplay ??= path.relative(cwd, absoluteRoot).split(path.sep).join('/');
        file = rootDisplay ? `${rootDisplay}/${walked.relative}` : walked.relative;
      }
      yield { absolute: walked.absolute, file, kind };
    }
  }
}

/**
 * Scans files and folders in this thread. The walk and reads are synchronous (fast on a warm
 * cache); the generator still yields to the event loop every few dozen files so a server stays
 * responsive. Large trees go through the worker pool in parallel-scan.ts instead.
 */
export async function* scanPaths(paths: readonly string[], scanner: Scanner, options: PathScanOptions = {}): AsyncGenerator<FileScan> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_LENGTH;
  let sinceYield = 0;
  for (const target of scanTargets(paths, scanner, options)) {
    yield { ...scanFileSync(target.absolute, target.file, target.kind, scanner, maxFileBytes), file: target.file, absolute: target.absolute };
    if (++sinceYield >= 32) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** One buffer per thread that tree scans read files into, so reading thousands of files allocates (and collects) nothing. */
let scratch = Buffer.allocUnsafe(0);

/**
 * The whole file, or undefined when it is larger than `maxBytes` (then it is not read). Same
 * syscalls as readFileSync. With `transient`, the bytes are a view of a buffer that the next
 * transient read overwrites: for callers that are done with them before reading another file.
 */
export function readUpTo(file: string, maxBytes: number, transient = false): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return undefined;
    if (transient && scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length, 64 * 1024));
    const buffer = transient ? scratch.subarray(0, size) : Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return offset === size ? buffer : buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file synchronously: its bytes (valid until the next transient read when `transient`), or why it will not be scanned. */
export function readForScan(absolute: string, maxFileBytes: number, transient = false): { bytes: Buffer; skipped?: undefined } | { bytes?: undefined; skipped: string } {
  try {
    const bytes = readUpTo(absolute, maxFileBytes, transient);
    return bytes ? { bytes } : { skipped: largerThan(maxFileBytes) };
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/**
 * Scans file bytes. Bytes that hold none of the kind's keywords are never decoded, nor are those
 * where no rule's `mayReport` test passes on a latin1 view of the bytes (cheap to make); the rest
 * are decoded as text (or kept as bytes for certificate files) and scanned.
 */
export function scanFileBytes(bytes: Buffer, file: string, kind: FileKind, scanner: Scanner): ScanResult {
  if (isBinaryKind(kind)) return scanner.scanBytes(file, Buffer.from(bytes), kind); // a copy: rules may keep what they parse
  const prefiltered = scanner.prefilter(kind, bytes);
  if (prefiltered?.candidates.length === 0) return startsLikeBinary(bytes) ? { findings: [], skipped: BINARY_CONTENT } : { findings: [] };
  let candidates = prefiltered?.candidates;
  let exact = false;
  let text: string | undefined;
  if (prefiltered && prefiltered.candidates.some((r) => r.mayReport)) {
    const view = bytes.toString('latin1');
    exact = isAscii(bytes); // then the view is the text (decodeText reads ASCII the same way)
    candidates = scanner.rulesThatMayReport(prefiltered.candidates, { path: file, kind, view, exact }, prefiltered.keywordOffsetsOf);
    if (candidates.length === 0) {
      const skipped = reasonToSkipUndecoded(bytes, scanner.maxFileLength);
      return skipped ? { findings: [], skipped } : { findings: [] };
    }
    if (exact && !startsLikeBinary(bytes)) text = view;
  }
  if (text === undefined) {
    const read = decodeText(bytes);
    if (read.skipped !== undefined) return { findings: [], skipped: read.skipped };
    text = read.text;
    // A view that is not the text may say yes where the text says no (then a rule would run, and
    // could report a parse error, that does not on the text): ask the text.
    if (candidates && !exact) candidates = scanner.rulesThatMayReport(candidates, { path: file, kind, view: text, exact: true });
  }
  return scanner.scanKind(file, text, kind, candidates);
}

/** Reads and scans one file synchronously. */
export function scanFileSync(absolute: string, file: string, kind: FileKind, scanner: Scanner, maxFileBytes: number): ScanResult {
  const read = readForScan(absolute, maxFileBytes, true); // decoded (copied) or done with before the next read
  return read.bytes ? scanFileBytes(read.bytes, file, kind, scanner) : { findings: [], skipped: read.skipped };
}

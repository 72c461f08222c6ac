/** Scans files and folders from disk, one file at a time, so memory stays flat on big trees. */
import * as path from 'node:path';
import { fileKindOf, isBinaryKind, type FileKind } from './languages';
import { readBinaryFile, readTextFile } from './read-file';
import { DEFAULT_MAX_FILE_LENGTH, type ScanResult, type Scanner } from './scanner';
import { walkFiles, type WalkOptions } from './walk';

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

export async function* scanPaths(paths: readonly string[], scanner: Scanner, options: PathScanOptions = {}): AsyncGenerator<FileScan> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_LENGTH;
  for (const root of paths) {
    for await (const walked of walkFiles(path.resolve(cwd, root), options)) {
      const kind = fileKindOf(walked.absolute);
      if (!kind || !scanner.handles(kind)) continue;
      const file = path.relative(cwd, walked.absolute).split(path.sep).join('/') || path.basename(walked.absolute);
      const result = await scanFile(walked.absolute, file, kind, scanner, maxFileBytes);
      yield { ...result, file, absolute: walked.absolute };
    }
  }
}

/** Reads and scans one file of a known kind: as text, or as bytes for binary kinds (certificates). */
export async function scanFile(absolute: string, file: string, kind: FileKind, scanner: Scanner, maxFileBytes: number): Promise<ScanResult> {
  if (isBinaryKind(kind)) {
    const read = await readBinaryFile(absolute, maxFileBytes);
    return read.skipped !== undefined ? { findings: [], skipped: read.skipped } : scanner.scanBytes(file, read.bytes, kind);
  }
  const read = await readTextFile(absolute, maxFileBytes);
  return read.skipped !== undefined ? { findings: [], skipped: read.skipped } : scanner.scanKind(file, read.text, kind);
}

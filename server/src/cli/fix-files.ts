/**
 * `pin-hygiene scan --fix`: applies the bulk fixes (the editor's fix-all) to one file on disk,
 * multi-pass, and writes it only when every edit applied cleanly and the result still parses,
 * atomically, and only when nobody changed the file meanwhile.
 */
import { promises as fs } from 'node:fs';
import { decodeText, largerThan, type FileKind, type Finding, type Scanner, type ScanResult } from '../engine';
import { composeFixPasses } from '../engine/fixes/compose-edits';
import { bulkFixOf, fixAll } from '../engine/fixes/fix-all';
import { replaceFileAtomically } from './atomic-write';
import { encodeText, encodingOf } from './text-encoding';
import { unifiedDiff } from './unified-diff';

export interface FixTarget {
  absolute: string;
  /** Display path, as findings name the file. */
  file: string;
  kind: FileKind;
}

export interface FileFixResult {
  file: string;
  /** `fixed`: written (or, in a dry run, would be); `skipped`: fixes exist but the file is left as it is; `unchanged`: nothing to fix. */
  status: 'fixed' | 'skipped' | 'unchanged';
  fixesApplied: number;
  /** Fixes applied per rule id. */
  byRule: Record<string, number>;
  /** Why a file with fixes was left as it is. */
  reason?: string;
  /** Dry run: the changes as a unified diff. */
  diff?: string;
  /** When fixed: the scan of the text the file now holds (or would hold, in a dry run). */
  scan?: ScanResult;
}

export interface FixFileOptions {
  dryRun: boolean;
  maxFileBytes: number;
}

export async function fixFile(target: FixTarget, scanner: Scanner, options: FixFileOptions): Promise<FileFixResult> {
  const result = (status: FileFixResult['status'], extra: Partial<FileFixResult> = {}): FileFixResult => ({
    file: target.file,
    status,
    fixesApplied: 0,
    byRule: {},
    ...extra,
  });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(target.absolute);
  } catch (e) {
    return result('skipped', { reason: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
  }
  if (bytes.length > options.maxFileBytes) return result('skipped', { reason: largerThan(options.maxFileBytes) });
  const read = decodeText(bytes);
  if (read.skipped !== undefined) return result('skipped', { reason: read.skipped });
  const original = read.text;

  // fix-all's last pass scans the final text: remember the latest scan so it is not scanned twice.
  let last = { text: original, result: scanner.scanKind(target.file, original, target.kind) };
  const scanOf = (text: string): ScanResult => (last.text === text ? last.result : (last = { text, result: scanner.scanKind(target.file, text, target.kind) }).result);
  const before = last.result;
  const fixed = fixAll(original, (text) => scanOf(text).findings);
  if (fixed.error) return result('skipped', { reason: `a fix did not apply cleanly (${fixed.error}); left as it is` });
  if (fixed.applied === 0 || fixed.text === original) return result('unchanged');
  const after = scanOf(fixed.text);
  if (after.parseError && !before.parseError) {
    const at = after.parseError;
    return result('skipped', { reason: `the fixed file would not parse (${at.message} at ${at.line}:${at.column}); left as it is` });
  }

  const byRule: Record<string, number> = {};
  for (const pass of fixed.passes) for (const fix of pass) byRule[fix.ruleId] = (byRule[fix.ruleId] ?? 0) + 1;
  const done = { fixesApplied: fixed.applied, byRule };
  if (options.dryRun) return result('fixed', { ...done, scan: after, diff: unifiedDiff(target.file, original, composeFixPasses(original, fixed)) });

  const written = await replaceFileAtomically(target.absolute, bytes, encodeText(fixed.text, encodingOf(bytes)));
  if (!written.ok) return result('skipped', { reason: written.reason });
  return result('fixed', { ...done, scan: after });
}

/** Whether a finding has a fix that `--fix` would apply (so its file is worth reading again). */
export function hasBulkFix(finding: Finding): boolean {
  return (bulkFixOf(finding)?.edits.length ?? 0) > 0;
}

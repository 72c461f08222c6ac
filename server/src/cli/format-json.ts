/** The machine-facing report: the findings model of DESIGN.md, stable field order. */
import type { CertificateSummary, Finding, HostCheck } from '../engine';
import type { FileFixResult } from './fix-files';
import type { Summary } from './format-text';

export interface JsonReport {
  tool: { name: string; version: string };
  findings: PublicFinding[];
  skipped: { file: string; reason: string }[];
  parseErrors: { file: string; line: number; column: number; message: string }[];
  summary: Summary;
  /** With `--verify-live`: each pinned host's served chain, or why it could not be looked up. */
  verifiedHosts?: { host: string; problems?: string[]; certificates?: CertificateSummary[]; error?: HostCheck['error'] }[];
  /** With `--fix` or `--fix-dry-run`: what was fixed (would be, in a dry run) and what was left alone. */
  fix?: FixReport;
}

export interface FixReport {
  dryRun: boolean;
  filesFixed: number;
  fixesApplied: number;
  filesSkipped: number;
  /** Files fixed or skipped (files without bulk fixes are not listed). */
  files: { file: string; status: 'fixed' | 'skipped'; fixesApplied: number; byRule: Record<string, number>; reason?: string; diff?: string }[];
}

export function fixReportJson(results: readonly FileFixResult[], dryRun: boolean): FixReport {
  const files: FixReport['files'] = [];
  for (const r of results) {
    if (r.status === 'unchanged') continue;
    const entry: FixReport['files'][number] = { file: r.file, status: r.status, fixesApplied: r.fixesApplied, byRule: r.byRule };
    if (r.reason !== undefined) entry.reason = r.reason;
    if (r.diff !== undefined) entry.diff = r.diff;
    files.push(entry);
  }
  const fixed = files.filter((f) => f.status === 'fixed');
  return {
    dryRun,
    filesFixed: fixed.length,
    fixesApplied: fixed.reduce((n, f) => n + f.fixesApplied, 0),
    filesSkipped: files.length - fixed.length,
    files,
  };
}

export type PublicFinding = Omit<Finding, 'offset' | 'endOffset' | 'fixes'>;

export function publicFinding(f: Finding): PublicFinding {
  const out: PublicFinding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    fixable: f.fixable,
  };
  if (f.host !== undefined) out.host = f.host;
  if (f.pins !== undefined) out.pins = f.pins;
  return out;
}

/** The machine-facing report: the findings model of DESIGN.md, stable field order. */
import type { CertificateSummary, Finding, HostCheck } from '../engine';
import type { Summary } from './format-text';

export interface JsonReport {
  tool: { name: string; version: string };
  findings: PublicFinding[];
  skipped: { file: string; reason: string }[];
  parseErrors: { file: string; line: number; column: number; message: string }[];
  summary: Summary;
  /** With `--verify-live`: each pinned host's served chain, or why it could not be looked up. */
  verifiedHosts?: { host: string; problems?: string[]; certificates?: CertificateSummary[]; error?: HostCheck['error'] }[];
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

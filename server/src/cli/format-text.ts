/** The people-facing report: one clickable `file:line:col` line per finding, then a summary. */
import type { Finding, Severity } from '../engine';

export interface Style {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ANSI: Style = {
  severity: (s, t) => `\x1b[${s === 'error' ? 31 : s === 'warning' ? 33 : 36}m${t}\x1b[39m`,
  dim: (t) => `\x1b[2m${t}\x1b[22m`,
  bold: (t) => `\x1b[1m${t}\x1b[22m`,
};
const PLAIN: Style = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };

export function styleFor(color: boolean): Style {
  return color ? ANSI : PLAIN;
}

export function formatFinding(f: Finding, style: Style): string {
  const where = `${f.file}:${f.line}:${f.column}`;
  return `${style.bold(where)}: ${style.severity(f.severity, f.severity)} ${f.message} ${style.dim(`[${f.ruleId}]`)}`;
}

export interface Summary {
  findings: number;
  bySeverity: Record<Severity, number>;
  filesWithFindings: number;
  filesScanned: number;
  filesSkipped: number;
  fixable: number;
}

export function formatSummary(s: Summary, style: Style): string {
  if (s.findings === 0) return `No findings in ${plural(s.filesScanned, 'file')} scanned${skippedNote(s)}.`;
  const parts = (['error', 'warning', 'info'] as const)
    .filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => style.severity(sev, plural(s.bySeverity[sev], sev, sev === 'info' ? 'info' : undefined)));
  return (
    `${style.bold(plural(s.findings, 'finding'))} (${parts.join(', ')}) in ${plural(s.filesWithFindings, 'file')}; ` +
    `${plural(s.filesScanned, 'file')} scanned${skippedNote(s)}.` +
    (s.fixable > 0 ? ` ${s.fixable} can be fixed automatically.` : '')
  );
}

function skippedNote(s: Summary): string {
  return s.filesSkipped > 0 ? `, ${s.filesSkipped} skipped (--verbose lists them)` : '';
}

function plural(n: number, word: string, pluralWord = word + 's'): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** The people-facing report: one clickable `file:line:col` line per finding, then a summary. */
import type { Finding, Severity } from '../engine';
import type { FileFixResult } from './fix-files';

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
  /** Findings with any quick fix (some, such as secret migrations, only in the editor). */
  fixable: number;
  /** Findings whose fix `scan --fix` (and the editor's fix-all) applies. */
  autoFixable: number;
}

export function formatSummary(s: Summary, style: Style): string {
  if (s.findings === 0) return `No findings in ${plural(s.filesScanned, 'file')} scanned${skippedNote(s)}.`;
  const parts = (['error', 'warning', 'info'] as const)
    .filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => style.severity(sev, plural(s.bySeverity[sev], sev, sev === 'info' ? 'info' : undefined)));
  return (
    `${style.bold(plural(s.findings, 'finding'))} (${parts.join(', ')}) in ${plural(s.filesWithFindings, 'file')}; ` +
    `${plural(s.filesScanned, 'file')} scanned${skippedNote(s)}.` +
    (s.autoFixable > 0 ? ` ${s.autoFixable} can be fixed automatically (--fix).` : '') +
    (s.fixable > s.autoFixable ? ` ${s.fixable - s.autoFixable} ${s.autoFixable > 0 ? 'more ' : ''}${s.fixable - s.autoFixable === 1 ? 'has a quick fix' : 'have quick fixes'} in the editor.` : '')
  );
}

/** `--fix`: one line with files fixed, fixes applied and files left alone (the notes above say why). */
export function formatFixSummary(results: readonly FileFixResult[], dryRun: boolean, style: Style): string {
  const fixed = results.filter((r) => r.status === 'fixed');
  const skipped = results.filter((r) => r.status === 'skipped');
  const fixes = fixed.reduce((n, r) => n + r.fixesApplied, 0);
  const left = skipped.length > 0 ? `; ${plural(skipped.length, 'file')} ${dryRun ? 'would not be' : 'not'} fixed (${skippedReasons(skipped)})` : '';
  if (fixed.length === 0 && skipped.length === 0) return style.bold(dryRun ? 'Dry run: nothing to fix automatically.' : 'Nothing to fix automatically.');
  const what = `${plural(fixes, 'fix', 'fixes')} in ${plural(fixed.length, 'file')}`;
  return style.bold(dryRun ? `Dry run: would apply ${what}, nothing written` : `Applied ${what}`) + left + '.';
}

/** "changed on disk: 1, …": the kinds of reasons, without the file names the notes list. */
function skippedReasons(skipped: readonly FileFixResult[]): string {
  const counts = new Map<string, number>();
  for (const r of skipped) {
    const kind = (r.reason ?? 'unknown').replace(/ \(.*$|;.*$/, '');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => (skipped.length === 1 ? kind : `${kind}: ${n}`)).join(', ');
}

function skippedNote(s: Summary): string {
  return s.filesSkipped > 0 ? `, ${s.filesSkipped} skipped (--verbose lists them)` : '';
}

function plural(n: number, word: string, pluralWord = word + 's'): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

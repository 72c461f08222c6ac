/** What `accuracy.ts` and `external-accuracy.ts` share: scanning a labelled folder, tallies, the table. */
import { Scanner, WorkspaceChecks, scanPaths, type Finding } from '../../server/src/engine';

export interface Tally {
  tp: number;
  fn: number;
  fp: number;
}

export interface ScannedFile {
  file: string;
  absolute: string;
  skipped?: string;
  parseError?: { message: string; line: number; column: number };
  findings: Finding[];
}

/** Scans every file under `root` as one workspace, workspace-level checks included. */
export async function scanWorkspace(root: string, scanner: Scanner): Promise<ScannedFile[]> {
  const scanned: ScannedFile[] = [];
  const workspace = new WorkspaceChecks();
  for await (const scan of scanPaths([root], scanner, { cwd: root, exclude: [], gitignore: false })) {
    scanned.push(scan);
    workspace.add(scan.findings);
  }
  for (const finding of workspace.run()) scanned.find((s) => s.file === finding.file)?.findings.push(finding);
  return scanned;
}

export function bump(map: Map<string, Tally>, key: string, field: keyof Tally): void {
  const tally = map.get(key) ?? { tp: 0, fn: 0, fp: 0 };
  tally[field]++;
  map.set(key, tally);
}

export function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(3);
}

export function printTable(title: string, rows: Map<string, Tally>): void {
  console.log(`${title.padEnd(14)} recall  precision   TP   FN   FP`);
  for (const [key, t] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${key.padEnd(14)} ${ratio(t.tp, t.tp + t.fn)}   ${ratio(t.tp, t.tp + t.fp)}   ${String(t.tp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.fp).padStart(4)}`,
    );
  }
}

/** The lists every accuracy report ends with: what was missed and what was flagged wrongly. */
export function printMissesAndFalseAlarms(misses: readonly string[], falseAlarms: readonly string[]): void {
  console.log(`\nMisses (${misses.length}):${misses.length ? '\n  ' + misses.join('\n  ') : ' none'}`);
  console.log(`False alarms (${falseAlarms.length}):${falseAlarms.length ? '\n  ' + falseAlarms.join('\n  ') : ' none'}`);
}

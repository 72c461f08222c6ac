/**
 * `npm run accuracy [-- FOLDER…]`: scans labelled folders (default test/corpus) and prints recall
 * and precision per category and per platform, then every miss and every false alarm.
 *
 * Labels: a comment containing `ph-expect: rule-id[, rule-id…]` expects those findings to start on
 * its own line; `ph-expect-next-line: rule-id` on the line below. A `labels.json` in any folder
 * under the root (`[{ "file": "path/relative/to/that/folder", "line": 12, "ruleId": "…" }]`) labels
 * files that cannot hold comments (binary certificates). Everything found that no label expects is
 * a false alarm.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, Scanner, WorkspaceChecks, scanPaths, type Category, type Finding } from '../server/src/engine';
import { labelsInText, readLabelsJson } from './support/labels';

interface Tally {
  tp: number;
  fn: number;
  fp: number;
}

const categoryOf = new Map<string, Category>(ALL_RULES.map((r) => [r.meta.id, r.meta.category]));

async function main(): Promise<number> {
  const folders = process.argv.slice(2);
  const roots = folders.length ? folders : ['test/corpus'];
  const scanner = new Scanner();
  const byCategory = new Map<string, Tally>();
  const byPlatform = new Map<string, Tally>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let files = 0;

  for (const root of roots) {
    const rootAbs = path.resolve(root);
    const external = await readLabelsJson(rootAbs);
    // Each root is one workspace: its files are scanned first, then the workspace-level checks run
    // on all of them, and only then is every file's list of findings compared with its labels.
    const scanned: { file: string; absolute: string; skipped?: string; findings: Finding[] }[] = [];
    const workspace = new WorkspaceChecks();
    for await (const scan of scanPaths([rootAbs], scanner, { cwd: rootAbs, exclude: [], gitignore: false })) {
      scanned.push(scan);
      workspace.add(scan.findings);
    }
    for (const finding of workspace.run()) scanned.find((s) => s.file === finding.file)?.findings.push(finding);
    for (const scan of scanned) {
      files++;
      const text = scan.skipped ? '' : await fs.readFile(scan.absolute, 'utf8');
      const expected = [...labelsInText(scan.file, text), ...external.filter((l) => l.file === scan.file)];
      const platform = scan.file.split('/')[0];
      const unmatched = [...expected];
      for (const finding of scan.findings) {
        const at = unmatched.findIndex((l) => l.ruleId === finding.ruleId && l.line === finding.line);
        const category = finding.category;
        if (at >= 0) {
          unmatched.splice(at, 1);
          bump(byCategory, category, 'tp');
          bump(byPlatform, platform, 'tp');
        } else {
          bump(byCategory, category, 'fp');
          bump(byPlatform, platform, 'fp');
          falseAlarms.push(`${root}/${scan.file}:${finding.line}:${finding.column} ${finding.ruleId}`);
        }
      }
      for (const label of unmatched) {
        const category = categoryOf.get(label.ruleId) ?? 'unknown-rule';
        bump(byCategory, category, 'fn');
        bump(byPlatform, platform, 'fn');
        misses.push(`${root}/${label.file}:${label.line} ${label.ruleId}${categoryOf.has(label.ruleId) ? '' : ' (no such rule)'}`);
      }
    }
  }

  console.log(`Accuracy on ${roots.join(', ')} (${files} files)\n`);
  printTable('category', byCategory);
  console.log('');
  printTable('platform', byPlatform);
  console.log(`\nMisses (${misses.length}):${misses.length ? '\n  ' + misses.join('\n  ') : ' none'}`);
  console.log(`False alarms (${falseAlarms.length}):${falseAlarms.length ? '\n  ' + falseAlarms.join('\n  ') : ' none'}`);
  return 0;
}

function bump(map: Map<string, Tally>, key: string, field: keyof Tally): void {
  const tally = map.get(key) ?? { tp: 0, fn: 0, fp: 0 };
  tally[field]++;
  map.set(key, tally);
}

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(3);
}

function printTable(title: string, rows: Map<string, Tally>): void {
  console.log(`${title.padEnd(14)} recall  precision   TP   FN   FP`);
  for (const [key, t] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${key.padEnd(14)} ${ratio(t.tp, t.tp + t.fn)}   ${ratio(t.tp, t.tp + t.fp)}   ${String(t.tp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.fp).padStart(4)}`,
    );
  }
}

if (require.main === module) {
  main().then((code) => (process.exitCode = code), (e) => {
    console.error(e);
    process.exitCode = 2;
  });
}

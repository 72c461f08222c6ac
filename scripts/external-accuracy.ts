/**
 * `node out/scripts/external-accuracy.js --map MAP.json FOLDER…`: recall and precision per category
 * on public labelled test suites the project does not ship (semgrep-rules, mobsfscan), read from a
 * scratch folder. Their `ruleid:`/`ok:` annotations name their own rule ids; MAP.json maps the
 * relevant ones to our categories (see scripts/external-suites/). Prints the table, every miss and
 * every false alarm.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Scanner } from '../server/src/engine';
import { bump, printMissesAndFalseAlarms, printTable, scanWorkspace, type Tally } from './support/accuracy-support';
import { compareWithLabels, externalLabels, type SuiteMap } from './support/external-labels';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const mapAt = args.indexOf('--map');
  if (mapAt < 0 || !args[mapAt + 1]) {
    console.error('usage: external-accuracy --map MAP.json FOLDER...');
    return 2;
  }
  const map = JSON.parse(await fs.readFile(args[mapAt + 1], 'utf8')) as SuiteMap;
  const roots = args.filter((_, i) => i !== mapAt && i !== mapAt + 1);
  const scanner = new Scanner();
  const byCategory = new Map<string, Tally>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const unreadable: string[] = [];
  let files = 0;
  for (const root of roots) {
    for (const scan of await scanWorkspace(path.resolve(root), scanner)) {
      const text = scan.skipped ? '' : await fs.readFile(scan.absolute, 'utf8');
      const labels = externalLabels(text, map);
      if (labels.length === 0) continue;
      files++;
      const where = `${root}/${scan.file}`;
      if (scan.skipped || scan.parseError) unreadable.push(`${where}: ${scan.skipped ?? scan.parseError?.message}`);
      const result = compareWithLabels(scan.findings, labels);
      for (const label of result.found) bump(byCategory, label.category, 'tp');
      for (const label of result.missed) {
        bump(byCategory, label.category, 'fn');
        misses.push(`${where}:${label.line} ${label.category} (${label.externalIds.join(', ')})`);
      }
      for (const { finding, onOkLine } of result.falseAlarms) {
        bump(byCategory, finding.category, 'fp');
        falseAlarms.push(`${where}:${finding.line}:${finding.column} ${finding.ruleId}${onOkLine ? ' (ok line)' : ' (unlabelled line)'}`);
      }
    }
  }
  console.log(`External accuracy on ${roots.join(', ')} (${files} labelled files)\n`);
  printTable('category', byCategory);
  if (unreadable.length) console.log(`\nNot scanned or not parsed (${unreadable.length}):\n  ${unreadable.join('\n  ')}`);
  printMissesAndFalseAlarms(misses, falseAlarms);
  return 0;
}

if (require.main === module) {
  main().then((code) => (process.exitCode = code), (e) => {
    console.error(e);
    process.exitCode = 2;
  });
}

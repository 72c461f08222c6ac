/**
 * `npm run accuracy [-- FOLDER…]`: scans labelled folders (default test/corpus) and prints recall
 * and precision per category and per platform, then every miss and every false alarm.
 *
 * Labels: a comment containing `ph-expect: rule-id[, rule-id…]` expects those findings to start on
 * its own line; `ph-expect-next-line: rule-id` on the line below. A `labels.json` in any folder
 * under the root (`[{ "file": "path/relative/to/that/folder", "line": 12, "ruleId": "…" }]`) labels
 * files or lines that cannot hold comments (binary certificates, a multi-line `<pin>` value). Everything found that no label expects is
 * a false alarm.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, Scanner, type Category } from '../server/src/engine';
import { bump, printMissesAndFalseAlarms, printTable, scanWorkspace, type Tally } from './support/accuracy-support';
import { labelsInText, readLabelsJson } from './support/labels';


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
    for (const scan of await scanWorkspace(rootAbs, scanner)) {
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
  printMissesAndFalseAlarms(misses, falseAlarms);
  return 0;
}

if (require.main === module) {
  main().then((code) => (process.exitCode = code), (e) => {
    console.error(e);
    process.exitCode = 2;
  });
}

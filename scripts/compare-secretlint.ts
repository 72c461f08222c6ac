/**
 * `npm run compare:secretlint [-- APP_TREE…]`: Pin Hygiene's secret rules side by side with
 * secretlint 11 and @secretlint/secretlint-rule-preset-recommend, on the labelled secrets corpus
 * (recall and precision against its labels) and on real app trees (no labels: counts, time, and the
 * findings each tool has that the other misses).
 *
 * Both tools run as their CLIs, so times are wall-clock including Node start-up. Findings are
 * compared by file and line (the tools' rule ids differ). Nothing raw is printed: Pin Hygiene
 * masks secrets itself, secretlint runs with its default masking, and its JSON's `sourceContent`
 * (the whole file) is dropped on reading.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_EXCLUDES } from '../server/src/engine';
import { labelsInText, readLabelsJson } from './support/labels';

interface Hit {
  /** Relative to the scanned root, `/`-separated. */
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

interface Run {
  tool: string;
  hits: Hit[];
  ms: number;
}

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(REPO, 'test', 'corpus', 'secrets');
const SECRETLINT = path.join(REPO, 'node_modules', '.bin', 'secretlint');
const PRESET = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });
/** Lines of differences printed per tool and tree. */
const MAX_LISTED = 40;

function runPinHygiene(root: string): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`pin-hygiene failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { findings: (Hit & { category: string })[] };
  const hits = report.findings.filter((f) => f.category === 'secret').map(({ file, line, ruleId, message }) => ({ file, line, ruleId, message }));
  return { tool: 'pin-hygiene', hits, ms };
}

function runSecretlint(root: string): Run {
  // The same folders Pin Hygiene leaves out by default, so both tools read the same files.
  const work = mkdtempSync(path.join(tmpdir(), 'ph-secretlint-'));
  const ignoreFile = path.join(work, '.secretlintignore');
  writeFileSync(ignoreFile, DEFAULT_EXCLUDES.join('\n') + '\n');
  // Through a file: its JSON repeats every file's content, and large stdout can be cut off at exit.
  const outputFile = path.join(work, 'report.json');
  try {
    const started = process.hrtime.bigint();
    const result = spawnSync(SECRETLINT, ['--format', 'json', '--output', outputFile, '--secretlintrcJSON', PRESET, '--secretlintignore', ignoreFile, '**/*'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 || !existsSync(outputFile)) throw new Error(`secretlint failed: ${(result.stderr || result.stdout).slice(0, 500)}`);
    const files = JSON.parse(readFileSync(outputFile, 'utf8')) as { filePath: string; messages: { ruleId: string; message: string; loc: { start: { line: number } } }[] }[];
    const hits: Hit[] = [];
    for (const file of files) {
      const relative = path.relative(root, file.filePath).split(path.sep).join('/');
      for (const m of file.messages) hits.push({ file: relative, line: m.loc.start.line, ruleId: m.ruleId.replace('@secretlint/secretlint-rule-', 'secretlint/'), message: m.message });
    }
    return { tool: 'secretlint', hits, ms };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const key = (h: { file: string; line: number }): string => `${h.file}:${h.line}`;

async function labelledLines(root: string, files: Iterable<string>): Promise<Set<string>> {
  const lines = new Set<string>();
  for (const label of await readLabelsJson(root)) lines.add(key(label));
  for (const file of files) {
    const absolute = path.join(root, file);
    if (existsSync(absolute)) for (const label of labelsInText(file, readFileSync(absolute, 'utf8'))) lines.add(key(label));
  }
  return lines;
}

function listFiles(root: string): string[] {
  const result = spawnSync('git', ['ls-files', '--others', '--cached', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(3);
}

function printDifferences(a: Run, b: Run): void {
  const bLines = new Set(b.hits.map(key));
  const only = a.hits.filter((h) => !bLines.has(key(h)));
  console.log(`\n  Found by ${a.tool} only (${only.length}):`);
  for (const h of only.slice(0, MAX_LISTED)) console.log(`    ${h.file}:${h.line} ${h.ruleId}  ${h.message.slice(0, 110)}`);
  if (only.length > MAX_LISTED) console.log(`    … and ${only.length - MAX_LISTED} more`);
}

async function compare(root: string, labelled: boolean): Promise<void> {
  const runs = [runPinHygiene(root), runSecretlint(root)];
  console.log(`\n== ${path.relative(process.cwd(), root) || root}${labelled ? ' (labelled)' : ''}`);
  if (labelled) {
    const files = new Set([...listFiles(root), ...runs.flatMap((r) => r.hits.map((h) => h.file))]);
    const expected = await labelledLines(root, files);
    console.log(`  ${expected.size} labelled secret lines; a finding counts when it is on a labelled line (rule ids differ between the tools)`);
    console.log('  tool          recall  precision  findings   TP   FP   time ms');
    for (const run of runs) {
      const found = new Set(run.hits.map(key));
      const tp = [...found].filter((k) => expected.has(k)).length;
      const fp = run.hits.filter((h) => !expected.has(key(h))).length;
      console.log(
        `  ${run.tool.padEnd(13)} ${ratio(tp, expected.size)}   ${ratio(run.hits.length - fp, run.hits.length)}     ${String(run.hits.length).padStart(5)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${run.ms.toFixed(0).padStart(9)}`,
      );
    }
  } else {
    console.log('  tool          findings  files   time ms');
    for (const run of runs) {
      console.log(`  ${run.tool.padEnd(13)} ${String(run.hits.length).padStart(8)} ${String(new Set(run.hits.map((h) => h.file)).size).padStart(6)} ${run.ms.toFixed(0).padStart(9)}`);
    }
  }
  printDifferences(runs[0], runs[1]);
  printDifferences(runs[1], runs[0]);
}

async function main(): Promise<number> {
  if (!existsSync(SECRETLINT)) {
    console.error('secretlint is not installed (npm install adds it as a dev dependency).');
    return 2;
  }
  await compare(CORPUS, true);
  for (const tree of process.argv.slice(2)) await compare(path.resolve(tree), false);
  return 0;
}

if (require.main === module) {
  main().then((code) => (process.exitCode = code), (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  });
}

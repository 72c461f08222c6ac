/**
 * Golden tests of the one-time SDK initialisation: the exact tree after the plan is applied, files
 * that still parse (Java compiles against the stubs, YAML/JSON/XML parse, JS/TS parse with
 * TypeScript, the rest balance their brackets), a second run that finds nothing to do, and no
 * finding added by the change.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileKindOf, Scanner } from '../../server/src/engine';
import {
  applyFileChange,
  CONFIG_PLACEHOLDER,
  diskProjectFiles,
  findProjects,
  locateProject,
  planSdkInit,
  versionSettingName,
  type SdkInitPlan,
} from '../../server/src/engine/migration/sdk-init';
import { describeJavaCompiles, syntaxProblems } from './golden-checks';
import { listTree, sdkInitCases, type SdkInitCase } from './sdk-init-cases';

/** `UPDATE_GOLDEN=1 npx mocha --grep "golden SDK"` writes the after/ trees from the current plans (read the diff!). */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const scanner = new Scanner({ now: new Date('2026-01-15T12:00:00Z') });

function planOf(goldenCase: SdkInitCase, root: string): SdkInitPlan {
  const files = diskProjectFiles(root);
  const project = goldenCase.from ? locateProject(files, goldenCase.from) : findProjects(files)[0];
  assert.ok(project, `no project found in ${path.relative(process.cwd(), root)}`);
  assert.equal(project.platform, goldenCase.platform);
  return planSdkInit(files, project, goldenCase.options);
}

/** The tree after applying `plan` to `before`: path → text. */
function appliedTree(beforeDir: string, plan: SdkInitPlan): Map<string, string> {
  const tree = new Map(listTree(beforeDir).map((p) => [p, readFileSync(path.join(beforeDir, p), 'utf8')]));
  for (const change of plan.changes) {
    const result = applyFileChange(tree.get(change.path), change);
    assert.ok(result.ok, result.ok ? '' : `${change.path}: ${result.reason}`);
    tree.set(change.path, result.text);
  }
  return tree;
}

function pythonYamlProblems(text: string): string[] {
  const run = spawnSync('python3', ['-c', 'import sys, yaml; yaml.safe_load(sys.stdin.read())'], { input: text, encoding: 'utf8' });
  if (run.error || /No module named .?yaml/.test(run.stderr)) return [];
  return run.status === 0 ? [] : [`does not parse as YAML: ${run.stderr.trim().split('\n').pop()}`];
}

/** Why `text` (a changed file) would not parse; Java is compiled separately. */
function fileProblems(file: string, text: string): string[] {
  const name = path.basename(file);
  if (name.endsWith('.java')) return [];
  if (name === 'pubspec.yaml') return pythonYamlProblems(text);
  if (name.endsWith('.csproj')) return syntaxProblems('xml', name, text);
  if (name.endsWith('.kts')) return syntaxProblems('kotlin', name, text);
  if (name === 'Podfile') return podfileProblems(text);
  const kind = fileKindOf(name);
  return kind ? syntaxProblems(kind, name, text) : [];
}

/** Without Ruby on the machine: every block a Podfile opens (`do`, `if`) is closed by an `end`. */
function podfileProblems(text: string): string[] {
  let depth = 0;
  for (const line of text.split('\n').map((l) => l.replace(/(^|\s)#.*$/, ''))) {
    if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line) || /^\s*(if|unless|def)\b/.test(line)) depth++;
    if (/^\s*end\b/.test(line)) depth--;
    if (depth < 0) return ['an `end` closes no block'];
  }
  return depth === 0 ? [] : [`${depth} block(s) not closed`];
}

function ruleCounts(file: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of scanner.scan(file, text).findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

describe('golden SDK initialisation', () => {
  const cases = sdkInitCases();
  const javaBefore: string[] = [];
  const javaAfter: string[] = [];

  for (const goldenCase of cases) {
    const ready = goldenCase.status === 'ready';
    for (const file of listTree(goldenCase.beforeDir).filter((f) => f.endsWith('.java'))) javaBefore.push(path.join(goldenCase.beforeDir, file));
    if (ready) for (const file of listTree(goldenCase.afterDir).filter((f) => f.endsWith('.java'))) javaAfter.push(path.join(goldenCase.afterDir, file));

    describe(`${goldenCase.platform} / ${goldenCase.name}`, () => {
      it(ready ? 'changes the project into exactly the after/ tree' : `plans no change (${goldenCase.status})`, () => {
        const plan = planOf(goldenCase, goldenCase.beforeDir);
        assert.equal(plan.status, goldenCase.status, `notes: ${plan.notes.join(' | ')}`);
        if (!ready) {
          assert.deepEqual(plan.changes, []);
          return;
        }
        const tree = appliedTree(goldenCase.beforeDir, plan);
        if (UPDATE) {
          rmSync(goldenCase.afterDir, { recursive: true, force: true });
          for (const [file, text] of tree) {
            mkdirSync(path.dirname(path.join(goldenCase.afterDir, file)), { recursive: true });
            writeFileSync(path.join(goldenCase.afterDir, file), text);
          }
        }
        assert.deepEqual(listTree(goldenCase.afterDir), [...tree.keys()].sort(), 'the files of after/ (UPDATE_GOLDEN=1 writes them)');
        for (const [file, text] of tree) assert.equal(text, readFileSync(path.join(goldenCase.afterDir, file), 'utf8'), file);
      });

      if (!ready) return;

      it('leaves every changed file parseable, with no new finding', () => {
        const before = new Set(listTree(goldenCase.beforeDir));
        for (const file of listTree(goldenCase.afterDir)) {
          const after = readFileSync(path.join(goldenCase.afterDir, file), 'utf8');
          const original = before.has(file) ? readFileSync(path.join(goldenCase.beforeDir, file), 'utf8') : '';
          if (after === original) continue;
          assert.deepEqual(fileProblems(file, after), [], file);
          const was = ruleCounts(file, original);
          for (const [rule, count] of ruleCounts(file, after)) assert.ok(count <= (was.get(rule) ?? 0), `${file}: the change adds a ${rule} finding`);
        }
      });

      it('finds nothing left to do when run again on the result', () => {
        const again = planOf(goldenCase, goldenCase.afterDir);
        assert.equal(again.status, 'already-initialised', `notes: ${again.notes.join(' | ')}`);
        assert.deepEqual(again.changes, []);
      });

      it('marks what the user must fill in, and writes the values the settings give', () => {
        const plan = planOf(goldenCase, goldenCase.beforeDir);
        const written = plan.changes.flatMap((c) => c.edits.map((e) => e.newText)).join('\n');
        const configGiven = goldenCase.options.configString !== '';
        assert.equal(written.includes(CONFIG_PLACEHOLDER), !configGiven);
        assert.equal(plan.notes.some((n) => n.includes(CONFIG_PLACEHOLDER)), !configGiven);
        if (configGiven) assert.ok(written.includes(goldenCase.options.configString));
        for (const [artifact, version] of Object.entries(goldenCase.options.versions)) {
          // Swift Package Manager has no file to edit: the version is in the note that says what to add.
          assert.ok(written.includes(version) || plan.notes.some((n) => n.includes(`version ${version}`)), `version ${version} of ${artifact} written`);
          assert.ok(!written.includes(`<set ${versionSettingName(artifact as keyof typeof goldenCase.options.versions)}>`));
        }
        // A placeholder (XML-escaped in .csproj) always comes with a note naming its setting.
        const placeholders = [...written.matchAll(/(?:<|&lt;)set (pinHygiene\.sdk\.versions\.\w+)(?:>|&gt;)/g)].map((m) => m[1]);
        for (const setting of placeholders) assert.ok(plan.notes.some((n) => n.startsWith(setting)), `a note tells the user to set ${setting}`);
      });
    });
  }

  describeJavaCompiles(
    'Java results compile against the stubs (javac)',
    { before: javaBefore, after: javaAfter },
    { after: 'every Java file after the change compiles', before: 'every Java file before the change compiles too, so the fixtures are real code' },
  );

  it('covers every platform', () => {
    assert.deepEqual([...new Set(cases.map((c) => c.platform))].sort(), ['android', 'flutter', 'ios', 'maui', 'react-native']);
  });
});

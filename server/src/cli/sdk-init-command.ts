/**
 * `pin-hygiene sdk-init [PATH]`: plans the one-time Approov SDK initialisation of the project at PATH
 * (a folder: every project in it; a file: the project it belongs to), prints what would change, and
 * with `--write` changes the files: every file's edits must apply, each file is replaced atomically,
 * and files already written are restored when a later one fails.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyFileChange,
  diskProjectFiles,
  findProjects,
  locateProject,
  planSdkInit,
  PLATFORM_NAMES,
  sanitizeSdkInitOptions,
  SDK_ARTIFACTS,
  type SdkInitPlan,
} from '../engine/migration/sdk-init';

export const SDK_INIT_USAGE = `Usage: pin-hygiene sdk-init [PATH] [options]

Adds the Approov SDK initialisation and the service layer's dependency to the Android, iOS,
Flutter, React Native or .NET MAUI project at PATH (a folder, or a file of the project; default:
the current folder). Prints the changes; --write makes them.

  --config STRING           The Approov config string (default: a placeholder to replace)
  --sdk-version LAYER=VER   Version of a service layer (repeatable); layers: ${SDK_ARTIFACTS.join(', ')}
                            Without one, the dependency line gets a placeholder.
  --write                   Change the files (default: only print the plan)
  --format text|json        Output format (default: text)

Exit codes: 0 planned, written or nothing to do; 1 no project or no place for the
initialisation found; 2 usage error or a file that could not be changed.`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

interface Located {
  root: string;
  plan: SdkInitPlan;
}

export function sdkInitCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string', default: '' },
      'sdk-version': { type: 'string', multiple: true, default: [] },
      write: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(SDK_INIT_USAGE + '\n');
    return 0;
  }
  if (positionals.length > 1) return usage(io, 'sdk-init takes one PATH');
  if (values.format !== 'text' && values.format !== 'json') return usage(io, `--format must be text or json, not '${values.format}'`);
  const versions: Record<string, string> = {};
  for (const spec of values['sdk-version']) {
    const m = /^(\w+)=(.+)$/.exec(spec);
    if (!m || !(SDK_ARTIFACTS as readonly string[]).includes(m[1])) return usage(io, `--sdk-version takes LAYER=VERSION with LAYER one of ${SDK_ARTIFACTS.join(', ')}, not '${spec}'`);
    versions[m[1]] = m[2];
  }
  const options = sanitizeSdkInitOptions({ configString: values.config, versions });
  const target = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!existsSync(target)) return usage(io, `no such file or folder: ${positionals[0]}`);

  const located: Located[] = [];
  if (statSync(target).isDirectory()) {
    const files = diskProjectFiles(target);
    for (const project of findProjects(files)) located.push({ root: target, plan: planSdkInit(files, project, options) });
  } else {
    const root = path.parse(target).root;
    const files = diskProjectFiles(root);
    const project = locateProject(files, path.relative(root, target).split(path.sep).join('/'));
    if (project) located.push({ root, plan: planSdkInit(files, project, options) });
  }
  const shown = (root: string, relative: string): string => path.relative(io.cwd, path.join(root, ...relative.split('/'))) || '.';

  let written: string[] = [];
  if (values.write) {
    try {
      written = writeAll(located);
    } catch (e) {
      io.stderr(`pin-hygiene: nothing changed: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (values.format === 'json') {
    const plans = located.map(({ root, plan }) => ({
      platform: plan.project.platform,
      project: shown(root, plan.project.dir),
      status: plan.status,
      entryFile: plan.entryFile !== undefined ? shown(root, plan.entryFile) : undefined,
      changes: plan.changes.map((c) => ({ file: shown(root, c.path), description: c.description, create: c.create ?? false })),
      notes: plan.notes,
    }));
    io.stdout(JSON.stringify({ plans, written: written.map((f) => path.relative(io.cwd, f)) }, null, 2) + '\n');
  } else {
    if (located.length === 0) io.stdout('No Android, iOS, Flutter, React Native or .NET MAUI project found.\n');
    for (const { root, plan } of located) io.stdout(describe(plan, root, shown, values.write));
  }
  return located.length > 0 && located.every((l) => l.plan.status !== 'no-entry-point') ? 0 : 1;
}

function usage(io: Io, message: string): number {
  io.stderr(`pin-hygiene: ${message}\nRun 'pin-hygiene sdk-init --help' for usage.\n`);
  return 2;
}

function describe(plan: SdkInitPlan, root: string, shown: (root: string, relative: string) => string, write: boolean): string {
  const lines = [`${PLATFORM_NAMES[plan.project.platform]} project ${shown(root, plan.project.dir)}: ${plan.status}`];
  for (const change of plan.changes) {
    lines.push(`  ${write ? 'changed' : 'would change'} ${shown(root, change.path)}${change.create ? ' (new file)' : ''}: ${change.description}`);
    const before = change.create ? '' : (diskProjectFiles(root).read(change.path) ?? '');
    for (const edit of change.edits) {
      const line = before.slice(0, edit.start).split('\n').length;
      lines.push(`    @@ line ${line}`);
      for (const removed of before.slice(edit.start, edit.end).split('\n').filter((l, i, all) => l !== '' || i < all.length - 1)) lines.push(`    -${removed}`);
      for (const added of edit.newText.replace(/\r/g, '').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1)) lines.push(`    +${added}`);
    }
  }
  for (const note of plan.notes) lines.push(`  note: ${note}`);
  return lines.join('\n') + '\n';
}

/** Applies every ready plan: all edits first, then atomic replacements, undone if one fails. Returns the files written. */
function writeAll(located: readonly Located[]): string[] {
  const results: { file: string; text: string; original?: string }[] = [];
  for (const { root, plan } of located) {
    if (plan.status !== 'ready') continue;
    for (const change of plan.changes) {
      const file = path.join(root, ...change.path.split('/'));
      const original = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const result = applyFileChange(original, change);
      if (!result.ok) throw new Error(`${file}: ${result.reason}`);
      results.push({ file, text: result.text, original });
    }
  }
  const done: typeof results = [];
  try {
    for (const result of results) {
      mkdirSync(path.dirname(result.file), { recursive: true });
      const temporary = `${result.file}.pin-hygiene-${process.pid}.tmp`;
      writeFileSync(temporary, result.text);
      renameSync(temporary, result.file);
      done.push(result);
    }
  } catch (e) {
    for (const result of done) {
      if (result.original === undefined) rmSync(result.file, { force: true });
      else writeFileSync(result.file, result.original);
    }
    throw e;
  }
  return results.map((r) => r.file);
}

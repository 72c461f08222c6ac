#!/usr/bin/env node
/** `pin-hygiene`: the command-line front end of the engine. Exit codes: 0 clean, 1 findings, 2 usage or runtime error. */
import { parseArgs } from 'node:util';
import { tuneV8ForCli } from './v8-tuning';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  ALL_RULES,
  DEFAULT_EXCLUDES,
  ScanCache,
  compareFindings,
  DEFAULT_LOOKUP_TIMEOUT_MS,
  certificateSummary,
  parseLookupTarget,
  pinnedHosts,
  pinSetsOf,
  proxyFromEnvironment,
  runLiveChecks,
  verifyHosts,
  type HostCheck,
  type LookupTarget,
  WorkspaceChecks,
  meetsThreshold,
  fileKindOf,
  scanTree,
  Scanner,
  type Finding,
  type ScanOptions,
  type ScanResult,
  type RuleSetting,
  type Severity,
} from '../engine';
import { fixReportJson, publicFinding, type JsonReport } from './format-json';
import { formatFinding, formatFixSummary, formatSummary, styleFor, type Summary } from './format-text';
import { fixFile, hasBulkFix, type FileFixResult, type FixTarget } from './fix-files';
import { pinsCommand, type PinsCommandOptions } from './pins-command';
import { sdkInitCommand } from './sdk-init-command';
import { TOOL_NAME, TOOL_VERSION } from './version';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: pin-hygiene <command> [options]

Commands:
  scan [paths...]        Scan files and folders (default: the current folder)
  rules                  List the rules with their category and default severity
  pins <host[:port]>     Connect (TLS, with SNI) and print the served chain with each
                         certificate's pin; honours HTTPS_PROXY / NO_PROXY
  pins --cert FILE       The same for a certificate file (PEM, DER or PKCS#7 bundle)
  sdk-init [PATH]        Add the Approov SDK initialisation and dependency to a project
                         (see 'pin-hygiene sdk-init --help')

Scan options:
  --format text|json     Output format (default: text)
  --output FILE          Write the report to FILE instead of standard output
  --fail-on LEVEL        Exit 1 when a finding at or above LEVEL exists:
                         error, warning, info or none (default: warning)
  --exclude GLOB         Leave out matching paths (repeatable; adds to the defaults)
  --no-default-excludes  Also scan node_modules, build, Pods and other output folders
  --no-gitignore         Do not honour .gitignore files
  --rule ID=LEVEL        Override a rule: off, error, warning, info (repeatable)
  --max-file-size KIB    Skip files larger than this (default: 4096)
  --expiry-warning-days N
                         Warn about pin sets and bundled certificates that
                         expire within N days (default: 30)
  --verify-live          Also look up every pinned host (port 443) and report pins
                         that match no served certificate, leaf-only pin sets and
                         pinned certificates expiring before their pin set
  --connect-to HOST=ADDRESS:PORT
                         With --verify-live: connect to ADDRESS:PORT for HOST
                         (HOST is still sent as SNI); repeatable
  --verbose              List skipped files and parse errors
  --cache                Reuse results for files unchanged since the last --cache run
  --cache-location FILE  Where --cache keeps them (default: .pin-hygiene-cache)
  --jobs N               Worker threads for big trees, besides this one (default: one per core, less one; 0: none)
  --color / --no-color   Force or disable colours (default: when the output is a terminal)
  --fix                  Apply every safe automatic fix (what the editor's fix-all applies),
                         rewriting files in place, then report the findings that remain
  --fix-dry-run          The same without writing: print the changes as a unified diff
                         and report the findings that would remain

Pins options:
  --cert FILE            Read certificates from FILE instead of a host
  --servername NAME      SNI name to send (default: the host; none for addresses)
  --format text|json     Output format (default: text)

Network options (pins, scan --verify-live):
  --timeout MS           Give up on a host after MS milliseconds (default: 10000)

  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or runtime error.
pins: 0 chain read and valid, 1 chain read with problems (self-signed, expired,
host name mismatch), 2 usage error or lookup failure.`;

class UsageError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`pin-hygiene: ${(e as Error).message}\nRun 'pin-hygiene --help' for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`pin-hygiene: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'sdk-init') return sdkInitCommand(argv.slice(1), io);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'warning' },
      exclude: { type: 'string', multiple: true, default: [] },
      'no-default-excludes': { type: 'boolean', default: false },
      'no-gitignore': { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true, default: [] },
      'max-file-size': { type: 'string', default: '4096' },
      'expiry-warning-days': { type: 'string', default: '30' },
      verbose: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string', default: '.pin-hygiene-cache' },
      jobs: { type: 'string' },
      'verify-live': { type: 'boolean', default: false },
      'connect-to': { type: 'string', multiple: true, default: [] },
      cert: { type: 'string' },
      servername: { type: 'string' },
      timeout: { type: 'string', default: String(DEFAULT_LOOKUP_TIMEOUT_MS) },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return EXIT_CLEAN;
  }
  if (values.version) {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return EXIT_CLEAN;
  }
  const [command, ...paths] = positionals;
  if (command === 'rules') return listRules(io);
  if (command !== 'scan' && command !== 'pins') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');

  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError('--timeout must be a positive whole number of milliseconds');
  const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));
  const style = styleFor(color);
  if (command === 'pins') {
    if (values.cert ? paths.length > 0 : paths.length !== 1) throw new UsageError('pins takes one host[:port], or --cert FILE');
    return runPins({ target: paths[0], certFile: values.cert, format, timeoutMs, servername: values.servername, env: io.env, cwd: io.cwd, style }, io);
  }
  const connectTo = parseConnectTo(values['connect-to']);
  const failOn = values['fail-on'];
  if (!['error', 'warning', 'info', 'none'].includes(failOn)) {
    throw new UsageError(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  }
  const maxKiB = Number(values['max-file-size']);
  if (!Number.isFinite(maxKiB) || maxKiB <= 0) throw new UsageError(`--max-file-size must be a positive number of KiB`);
  const expiryWarningDays = Number(values['expiry-warning-days']);
  if (!Number.isInteger(expiryWarningDays) || expiryWarningDays < 0) throw new UsageError('--expiry-warning-days must be a whole number of days');
  const rules = parseRuleOverrides(values.rule);

  const roots = paths.length ? paths : ['.'];
  for (const root of roots) {
    try {
      await fs.stat(path.resolve(io.cwd, root));
    } catch {
      throw new UsageError(`no such file or folder: ${root}`);
    }
  }

  const maxFileBytes = maxKiB * 1024;
  const scanOptions: ScanOptions = { rules, maxFileLength: maxFileBytes, expiryWarningDays };
  const workspaceChecks = new WorkspaceChecks({ rules });
  const exclude = [...(values['no-default-excludes'] ? [] : DEFAULT_EXCLUDES), ...values.exclude];
  let findings: Finding[] = [];
  const skipped: JsonReport['skipped'] = [];
  let parseErrors: JsonReport['parseErrors'] = [];
  let filesScanned = 0;
  const fixMode = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined;
  const fixTargets = new Map<string, FixTarget>();

  const cacheLocation = values.cache ? path.resolve(io.cwd, values['cache-location']) : undefined;
  const cache = cacheLocation ? ScanCache.load(cacheLocation, cacheKey(scanOptions)) : undefined;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) throw new UsageError('--jobs takes a whole number of worker threads (0: none)');

  await scanTree(roots, { cwd: io.cwd, exclude, gitignore: !values['no-gitignore'], maxFileBytes, scanOptions, cache, workers: jobs, scanOnThisThread: true }, (scan) => {
    if (scan.skipped) {
      skipped.push({ file: scan.file, reason: scan.skipped });
      return;
    }
    filesScanned++;
    if (scan.parseError) parseErrors.push({ file: scan.file, ...scan.parseError });
    findings.push(...scan.findings);
    const kind = fixMode && scan.findings.some(hasBulkFix) ? fileKindOf(scan.absolute) : undefined;
    if (kind) fixTargets.set(scan.absolute, { absolute: scan.absolute, file: scan.file, kind });
  });

  // --fix: fix file by file, then report what the fixed files hold now (or would hold, in a dry run).
  let fixResults: FileFixResult[] | undefined;
  if (fixMode) {
    const scanner = new Scanner(scanOptions);
    const rescans = new Map<string, ScanResult>();
    const targets = [...fixTargets.values()];
    fixResults = await mapWithConcurrency(targets, FIX_CONCURRENCY, (target) => fixFile(target, scanner, { dryRun: fixMode === 'dry-run', maxFileBytes }));
    fixResults.forEach((result, i) => {
      if (result.status !== 'fixed' || !result.scan) return;
      rescans.set(targets[i].file, result.scan);
      if (fixMode === 'write') cache?.forget(targets[i].absolute);
    });
    findings = [...findings.filter((f) => !rescans.has(f.file)), ...[...rescans.values()].flatMap((r) => r.findings)];
    parseErrors = parseErrors.filter((e) => !rescans.has(e.file));
    for (const [file, rescan] of rescans) if (rescan.parseError) parseErrors.push({ file, ...rescan.parseError });
  }
  if (cache && cacheLocation) cache.save(cacheLocation);
  // Workspace-level checks (e.g. pin-cross-platform-mismatch) once every file has been scanned (and fixed).
  workspaceChecks.add(findings);
  findings.push(...workspaceChecks.run());
  // Live checks only on request: the one place a scan touches the network.
  let verifiedHosts: JsonReport['verifiedHosts'];
  const liveNotes: string[] = [];
  if (values['verify-live']) {
    const pinSets = pinSetsOf(findings);
    const checks = await verifyHosts(pinnedHosts(pinSets), { timeoutMs, connectTo, proxyFor: (host) => proxyFromEnvironment(host, io.env) });
    findings.push(...runLiveChecks(pinSets, checks, { rules }));
    verifiedHosts = [...checks.values()].map(hostCheckJson);
    for (const check of checks.values()) {
      liveNotes.push(check.lookup
        ? `${check.host}: note: looked up ${check.lookup.chain.length} certificates (${check.lookup.chain.map((c) => c.role).join(', ')})`
        : `${check.host}: note: not verified: ${check.error?.message}`);
    }
  }

  findings.sort(compareFindings); // workspace-level findings arrived last; reports list by file and position
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  const summary: Summary = {
    findings: findings.length,
    bySeverity,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    filesScanned,
    filesSkipped: skipped.length,
    fixable: findings.filter((f) => f.fixable).length,
    autoFixable: findings.filter(hasBulkFix).length,
  };

  let report: string;
  if (format === 'json') {
    const json: JsonReport = {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      findings: findings.map(publicFinding),
      skipped,
      parseErrors,
      summary,
    };
    if (verifiedHosts) json.verifiedHosts = verifiedHosts;
    if (fixResults) json.fix = fixReportJson(fixResults, fixMode === 'dry-run');
    report = JSON.stringify(json, null, 2) + '\n';
  } else {
    const notes: string[] = [];
    for (const e of parseErrors) notes.push(`${e.file}:${e.line}:${e.column}: note: not parsed, so not checked: ${e.message}`);
    if (values.verbose) for (const s of skipped) notes.push(`${s.file}: note: skipped: ${s.reason}`);
    const lines = findings.map((f) => formatFinding(f, style));
    notes.push(...liveNotes);
    for (const r of fixResults ?? []) if (r.status === 'skipped') notes.push(`${r.file}: note: not fixed: ${r.reason}`);
    const diffs = (fixResults ?? []).map((r) => r.diff ?? '').join('');
    const summaries = [...(fixResults ? [formatFixSummary(fixResults, fixMode === 'dry-run', style)] : []), formatSummary(summary, style)];
    report = diffs + [...lines, ...notes.map((n) => style.dim(n)), '', ...summaries].join('\n') + '\n';
  }
  if (values.output) await fs.writeFile(values.output, report);
  else io.stdout(report);

  const failing = failOn !== 'none' && findings.some((f) => meetsThreshold(f.severity, failOn as Severity));
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** Files fixed at once: their scans run one after another, their reads and flushed writes overlap. */
const FIX_CONCURRENCY = 8;

/** `fn` over `items` with at most `limit` calls pending; results in the order of `items`. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Cached results are only valid for the same tool version, options and day (expiry checks age). */
function cacheKey(options: ScanOptions): string {
  return JSON.stringify([TOOL_VERSION, options, new Date().toISOString().slice(0, 10)]);
}

async function runPins(options: PinsCommandOptions, io: Io): Promise<number> {
  try {
    return await pinsCommand(options, io.stdout);
  } catch (e) {
    io.stderr(`pin-hygiene: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}

function parseConnectTo(specs: string[]): Map<string, LookupTarget> {
  const map = new Map<string, LookupTarget>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageError(`--connect-to takes HOST=ADDRESS:PORT, not '${spec}'`);
    try {
      map.set(spec.slice(0, eq).toLowerCase(), parseLookupTarget(spec.slice(eq + 1)));
    } catch (e) {
      throw new UsageError(`--connect-to ${spec}: ${(e as Error).message}`);
    }
  }
  return map;
}

function hostCheckJson(check: HostCheck): NonNullable<JsonReport['verifiedHosts']>[number] {
  return check.lookup
    ? { host: check.host, problems: check.lookup.problems.map((p) => p.message), certificates: check.lookup.chain.map(certificateSummary) }
    : { host: check.host, error: check.error };
}

function parseRuleOverrides(specs: string[]): Record<string, RuleSetting> {
  const known = new Set(ALL_RULES.map((r) => r.meta.id));
  const overrides: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const m = /^([\w-]+)=(off|error|warning|info|default)$/.exec(spec);
    if (!m) throw new UsageError(`--rule takes ID=off|error|warning|info, not '${spec}'`);
    if (!known.has(m[1])) throw new UsageError(`unknown rule '${m[1]}' (see 'pin-hygiene rules')`);
    overrides[m[1]] = m[2] as RuleSetting;
  }
  return overrides;
}

function listRules(io: Io): number {
  const width = Math.max(...ALL_RULES.map((r) => r.meta.id.length));
  const categoryWidth = Math.max(...ALL_RULES.map((r) => r.meta.category.length));
  for (const rule of ALL_RULES) {
    const { id, category, severity, title, fixable } = rule.meta;
    io.stdout(`${id.padEnd(width)}  ${category.padEnd(categoryWidth)}  ${severity.padEnd(7)}  ${fixable ? 'fix ' : '    '} ${title}\n`);
  }
  return EXIT_CLEAN;
}

if (require.main === module) {
  tuneV8ForCli();
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}

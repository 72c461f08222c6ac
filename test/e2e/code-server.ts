/**
 * A real VS Code (code-server 4.100.3 = VS Code 1.100.3, the last release that runs on Node 20),
 * installed on demand into .e2e/ and driven headless through Debian's Chromium.
 * See shared/reference/real-vscode-offline.md for why each step is needed on an offline machine.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';
const PREFIX = repoPath('.e2e');
const BIN = path.join(PREFIX, 'node_modules', '.bin', 'code-server');
const PACKAGE = path.join(PREFIX, 'node_modules', 'code-server');

/** Why the end-to-end tests cannot run here, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync('/usr/bin/rg')) return '/usr/bin/rg is missing (apt-get install ripgrep)';
  if (Number(process.versions.node.split('.')[0]) !== 20) return `code-server ${CODE_SERVER_VERSION} needs Node 20, not ${process.version}`;
  return undefined;
}

/** Installs code-server into .e2e/ unless it is already there. Takes about a minute the first time. */
export function ensureCodeServer(log: (line: string) => void): void {
  if (existsSync(path.join(PACKAGE, 'lib', 'vscode', 'out')) && existsSync(BIN)) return;
  mkdirSync(PREFIX, { recursive: true });
  if (!existsSync(path.join(PREFIX, 'package.json'))) writeFileSync(path.join(PREFIX, 'package.json'), '{ "private": true }\n');
  seedRipgrepCache();
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_user_agent: `npm/10 node/${process.version} ${process.platform} ${process.arch}`,
  };
  log(`installing code-server ${CODE_SERVER_VERSION} into .e2e/ (once)…`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: PREFIX, env, stdio: 'pipe' });
  // npm 11 may hold back install scripts; code-server's own postinstall prepares its VS Code.
  execFileSync('sh', ['./postinstall.sh'], { cwd: PACKAGE, env, stdio: 'pipe' });
}

/** @vscode/ripgrep downloads rg from GitHub unless its cache holds the archive: seed it with Debian's rg. */
function seedRipgrepCache(): void {
  const cache = path.join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(path.join(tmpdir(), 'rg-'));
  execFileSync('cp', ['/usr/bin/rg', path.join(staging, 'rg')]);
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts code-server on 127.0.0.1 with the extension loaded straight from this repository
 * (a link in the extensions folder) and workspace trust prompts off.
 */
export async function startCodeServer(workspace: string, home: string, settings: Record<string, unknown> = {}): Promise<RunningCodeServer> {
  const port = await freePort();
  const extensions = path.join(home, 'extensions');
  const userData = path.join(home, 'data');
  mkdirSync(extensions, { recursive: true });
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  const { version, publisher, name } = require(repoPath('package.json'));
  const link = path.join(extensions, `${publisher}.${name}-${version}`);
  if (!existsSync(link)) execFileSync('ln', ['-s', repoPath(), link]);
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      ...settings,
    }),
  );
  const output: string[] = [];
  const child = spawn(
    BIN,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const deadline = Date.now() + 60_000;
  while (!output.join('').includes('HTTP server listening')) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output.join('')}`);
    if (Date.now() > deadline) throw new Error(`code-server did not start: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

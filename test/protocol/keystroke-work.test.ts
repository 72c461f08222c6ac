import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';
import { repoPath } from '../helpers/paths';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';

/**
 * Starts the real server with every function of `fs` (and `fs.promises`) counted; on SIGUSR2 it
 * writes the counts to stderr as `FS-OPS {json}`. File-system work is what a keystroke must never
 * do, however large the workspace.
 */
function countingServer(dir: string): string {
  const wrapper = path.join(dir, 'counting-server.js');
  writeFileSync(
    wrapper,
    `const fs = require('fs');
const counts = {};
const wrap = (target, prefix) => {
  for (const [name, value] of Object.entries(target)) {
    if (typeof value !== 'function' || !/^[a-z]/.test(name)) continue;
    const counted = function (...args) { counts[prefix + name] = (counts[prefix + name] || 0) + 1; return value.apply(this, args); };
    Object.assign(counted, value);
    target[name] = counted;
  }
};
wrap(fs, '');
wrap(fs.promises, 'promises.');
process.on('SIGUSR2', () => process.stderr.write('FS-OPS ' + JSON.stringify(counts) + '\\n'));
require(${JSON.stringify(repoPath('dist', 'server.js'))});
`,
  );
  return wrapper;
}

async function fsCounts(client: LspClient): Promise<Record<string, number>> {
  const before = client.stderr.length;
  process.kill(client.pid, 'SIGUSR2');
  for (let i = 0; i < 500; i++) {
    const line = client.stderr.slice(before).join('').split('\n').find((l) => l.startsWith('FS-OPS '));
    if (line) return JSON.parse(line.slice('FS-OPS '.length)) as Record<string, number>;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the counting server did not report');
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

function kotlin(i: number): string {
  return `package com.example.f${i}\n\nval pinner${i} = CertificatePinner.Builder().add("api${i}.example.com", "${PIN}").build()\nval apiKey${i} = BuildConfig.KEY\n`;
}

describe('per-keystroke work over the protocol', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient | undefined;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ph-keystrokes-'))));
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Types in one open file of a workspace of `files` files; returns what the typing cost. */
  async function type(files: number): Promise<{ fsOps: Record<string, number>; otherPublished: number; serverRequests: string[]; logs: string[] }> {
    const workspace = path.join(dir, `ws${files}`);
    for (let i = 0; i < files; i++) {
      mkdirSync(path.join(workspace, 'src', `m${i % 20}`), { recursive: true });
      writeFileSync(path.join(workspace, 'src', `m${i % 20}`, `F${i}.kt`), kotlin(i));
    }
    client = new LspClient(countingServer(dir));
    const serverRequests: string[] = [];
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('window/workDoneProgress/create', () => void serverRequests.push('window/workDoneProgress/create'));
    const scanned = client.waitFor('window/logMessage', (p) => /Workspace scan: \d+ files/.test(p.message), 30_000);
    await client.initialize(pathToFileURL(workspace).href, {
      textDocument: { publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true },
      window: { workDoneProgress: true },
    });
    assert.match((await scanned).message, new RegExp(`Workspace scan: ${files} files`));

    const uri = pathToFileURL(path.join(workspace, 'src', 'm0', 'F0.kt')).href;
    let text = kotlin(0);
    const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text } });
    await opened;

    const before = await fsCounts(client);
    serverRequests.length = 0;
    let otherPublished = 0;
    const logs: string[] = [];
    const offPublished = client.onNotification('textDocument/publishDiagnostics', (p) => void (p.uri !== uri && otherPublished++));
    const offLogs = client.onNotification('window/logMessage', (p) => void logs.push(p.message));
    for (let version = 2; version < 22; version++) {
      const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
      const line = 3;
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
      });
      text = text.split('\n').map((l, i) => (i === line ? 'x' + l : l)).join('\n');
      await published;
      // What VS Code asks after an edit.
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        context: { diagnostics: [] },
      });
    }
    const after = await fsCounts(client);
    offPublished();
    offLogs();
    const fsOps = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]).filter(([, n]) => (n as number) > 0));
    await client.shutdown();
    client = undefined;
    return { fsOps, otherPublished, serverRequests, logs };
  }

  it('does no file-system work, publishes nothing else and starts no scan while typing, whatever the workspace size', async () => {
    for (const files of [5, 400]) {
      const cost = await type(files);
      assert.equal(total(cost.fsOps), 0, `${files} files: file-system calls while typing: ${JSON.stringify(cost.fsOps)}`);
      assert.equal(cost.otherPublished, 0, `${files} files: diagnostics of other files were published while typing`);
      assert.deepEqual(cost.serverRequests, [], `${files} files: the server started work with progress while typing`);
      assert.deepEqual(cost.logs.filter((m) => /Workspace scan/.test(m)), [], `${files} files: a workspace scan ran while typing`);
    }
  });
});

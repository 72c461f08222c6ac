/**
 * End-to-end: the extension in a real VS Code (code-server) in headless Chromium. Skipped, with the
 * reason printed, on machines without Chromium or Node 20; .ci/run installs what it needs.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ALL_RULES } from '../../server/src/engine';
import { makeOpensslChain } from '../helpers/openssl-chain';
import { repoPath } from '../helpers/paths';
import { startTlsServer } from '../helpers/tls-servers';
import { CHROMIUM, ensureCodeServer, missingPrerequisite, startCodeServer, type RunningCodeServer } from './code-server';

const SCREENSHOTS = repoPath('out', 'e2e');

describe('extension in a real VS Code (code-server)', function () {
  this.timeout(120_000);
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let home: string;
  let workspace: string;

  before(async function () {
    const missing = missingPrerequisite();
    if (missing) {
      console.log(`      skipping end-to-end tests: ${missing}`);
      this.skip();
    }
    this.timeout(600_000);
    ensureCodeServer((line) => console.log(`      ${line}`));
    home = mkdtempSync(path.join(tmpdir(), 'ph-e2e-home-'));
    workspace = mkdtempSync(path.join(tmpdir(), 'ph-e2e-ws-'));
    cpSync(repoPath('samples'), workspace, { recursive: true });
    server = await startCodeServer(workspace, home);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  async function problemsText(): Promise<string> {
    return (await page.locator('.markers-panel').innerText().catch(() => '')) ?? '';
  }

  /** The Problems list is virtualised (only visible rows exist), so narrow it with its filter box. */
  let activeFilter = '';
  const filterInput = () => page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();

  async function filterProblems(text: string): Promise<void> {
    activeFilter = text;
    await filterInput().fill(text);
    await page.waitForTimeout(300);
  }

  /** The panel may re-create its filter box while it first lays out; put the filter back when it was lost. */
  async function keepFilter(): Promise<string> {
    const value = await filterInput().inputValue({ timeout: 5_000 }).catch(() => undefined);
    if (value !== undefined && value !== activeFilter) await filterInput().fill(activeFilter).catch(() => undefined);
    return value ?? '(no filter box)';
  }

  async function waitForProblems(predicate: (text: string) => boolean, what: string, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    let filterValue = '';
    while (Date.now() < deadline) {
      text = await problemsText();
      if (predicate(text)) return text;
      filterValue = await keepFilter();
      await page.waitForTimeout(500);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'failure.png') });
    throw new Error(
      `timed out waiting for ${what}; filter box: ${JSON.stringify(filterValue)} (wanted ${JSON.stringify(activeFilter)}); Problems panel:\n${text}\ncode-server:\n${server?.output.join('').slice(-2000)}`,
    );
  }

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(title);
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
  }

  async function showProblems(): Promise<void> {
    if (await page.locator('.markers-panel').isVisible().catch(() => false)) return;
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } });
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 30_000 });
  }

  it('fills the Problems panel for files that are not open', async () => {
    await showProblems();
    for (const ruleId of ['nsc-pin-set', 'nsc-cleartext-traffic', 'nsc-user-certificates', 'trust-all-x509-trust-manager', 'okhttp-certificate-pinner', 'dart-bad-certificate-callback']) {
      await filterProblems(ruleId);
      await waitForProblems((t) => t.includes(ruleId), `a ${ruleId} problem`);
    }
    await filterProblems('images.shop.example.com');
    const text = await waitForProblems((t) => t.includes('ApiClient.kt'), 'the OkHttp pin problem');
    assert.match(text, /Certificate pins for `images\.shop\.example\.com`/);
    await filterProblems('');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'problems.png') });
  });

  it('updates diagnostics as the user edits a file', async () => {
    await runCommand('Go to File');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ApiClient.kt');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 30_000 });
    // Delete the second .add(...) call (lines 14-18), which pins images.shop.example.com.
    await runCommand('Go to Line/Column');
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+K');
    await showProblems();
    await filterProblems('ApiClient.kt');
    await waitForProblems((t) => !t.includes('images.shop.example.com') && t.includes('api.shop.example.com'), 'the deleted pin to disappear');
    await filterProblems('');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'after-edit.png') });
  });

  it('lists pinned hosts in the Pin Inventory view', async () => {
    await runCommand('Explorer: Focus on Pin Inventory View');
    const view = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /Pin Inventory/i }) });
    await view.locator('.monaco-list-row', { hasText: 'api.shop.example.com' }).first().waitFor({ timeout: 30_000 });
    assert.ok(await view.locator('.monaco-list-row', { hasText: 'partner.shop.example.com' }).count() >= 1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pin-inventory.png') });
  });

  it('looks up the chain of a host from the command palette', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-e2e-tls-'));
    const chain = makeOpensslChain(dir, { kind: 'ec', hostName: 'localhost' });
    const tlsServer = await startTlsServer({ key: readFileSync(chain.leaf.keyPath), cert: chain.servedPem });
    try {
      await runCommand('Pin Hygiene: Look Up Pins for Host');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(`127.0.0.1:${tlsServer.port}`);
      await page.keyboard.press('Enter');
      const rows = page.locator('.quick-input-widget .monaco-list-row');
      await rows.first().waitFor({ timeout: 30_000 });
      const text = await page.locator('.quick-input-widget').innerText();
      assert.match(text, /leaf/i);
      assert.match(text, /intermediate/i);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'lookup.png') });
      await page.keyboard.press('Escape');
    } finally {
      await tlsServer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migrates the workspace through the refactor preview', async () => {
    const nsc = path.join(workspace, 'android/app/src/main/res/xml/network_security_config.xml');
    const before = readFileSync(nsc, 'utf8');
    assert.match(before, /cleartextTrafficPermitted="true"/);
    // One rule on, so the preview holds one small change whatever other rules fix in the sample app.
    const settings = path.join(workspace, '.vscode', 'settings.json');
    mkdirSync(path.dirname(settings), { recursive: true });
    const rules = Object.fromEntries(ALL_RULES.filter((r) => r.meta.id !== 'nsc-cleartext-traffic').map((r) => [r.meta.id, 'off']));
    writeFileSync(settings, JSON.stringify({ 'pinHygiene.rules': rules }, null, 2));
    try {
      await showProblems(); // the preview opens in the panel
      await filterProblems('');
      await waitForProblems((t) => !t.includes('nsc-pin-set') && t.includes('nsc-cleartext-traffic'), 'the other rules to be off');
      await migrateThroughPreview(nsc, before);
    } finally {
      rmSync(path.join(workspace, '.vscode'), { recursive: true, force: true });
    }
  });

  async function migrateThroughPreview(nsc: string, before: string): Promise<void> {
    await runCommand('Pin Hygiene: Migrate Workspace to Dynamic Pinning');
    // The edit's change annotations need confirmation: VS Code shows the refactor preview and waits.
    const preview = page.locator('.bulk-edit-panel');
    await preview.getByText('network_security_config.xml').first().waitFor({ timeout: 60_000 });
    let shown = '';
    for (const deadline = Date.now() + 15_000; !/TrafficPermitted="truefalse"/.test(shown) && Date.now() < deadline; await page.waitForTimeout(250)) {
      shown = await preview.innerText();
    }
    assert.match(shown, /TrafficPermitted="truefalse"/, `the change, shown inline: ${shown}`);
    assert.equal(readFileSync(nsc, 'utf8'), before, 'nothing changes before the user applies');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'migration-preview.png') });
    // Each change carries its rule's annotation (label - description), and starts unticked: it needs confirmation.
    const change = preview.locator('.monaco-list-row', { has: page.locator('[title^="Cleartext HTTP permitted by network_security_config.xml - nsc-cleartext-traffic: 1 fix in 1 file"]') });
    assert.equal(await change.locator('input.edit-checkbox').isChecked(), false);
    await preview.locator('.monaco-list-row', { hasText: 'network_security_config.xml' }).first().locator('input.edit-checkbox').check();
    await preview.getByRole('button', { name: 'Apply' }).click();
    const deadline = Date.now() + 30_000;
    while (readFileSync(nsc, 'utf8') === before && Date.now() < deadline) await page.waitForTimeout(250);
    assert.equal(readFileSync(nsc, 'utf8'), before.replace('cleartextTrafficPermitted="true"', 'cleartextTrafficPermitted="false"'));
  }

  it('restarts the server from the command palette and reports again', async () => {
    await runCommand('Pin Hygiene: Restart Server');
    await page.waitForTimeout(1000);
    await showProblems();
    await filterProblems('nsc-pin-set');
    await waitForProblems((t) => t.includes('nsc-pin-set'), 'findings after restart');
    await filterProblems('');
  });
});

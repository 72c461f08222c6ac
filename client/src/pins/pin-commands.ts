/**
 * The pin commands: look up a host, compute pins from a certificate file, verify every pinned host.
 * Lookups run in the language server (which knows the workspace's pins); network access only when
 * the user runs a command, and never in an untrusted workspace.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CERTIFICATE_FILE,
  LOOKUP_HOST,
  VERIFY_LIVE,
  VERIFY_PROGRESS,
  type ChainResult,
  type VerifyLiveResult,
  type VerifyProgressParams,
} from '../../../server/src/lsp/pin-protocol';
import { showChain } from './chain-pick';

function networkAllowed(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Pin Hygiene: network lookups are disabled in Restricted Mode. Trust the workspace to look up or verify pins.');
  return false;
}

function networkSettings(): { timeoutMs: number; proxy?: string } {
  const timeoutMs = vscode.workspace.getConfiguration('pinHygiene').get<number>('lookupTimeoutMs', 10_000);
  const proxy = vscode.workspace.getConfiguration('http').get<string>('proxy') || undefined;
  return { timeoutMs, proxy };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function lookUpHost(client: LanguageClient | undefined): Promise<void> {
  if (!client || !networkAllowed()) return;
  const target = await vscode.window.showInputBox({
    title: 'Pin Hygiene: Look Up Pins for Host',
    prompt: 'host[:port] to connect to (port 443 by default)',
    placeHolder: 'api.example.com',
    validateInput: (v) => (/^\s*(\[[0-9a-fA-F:.]+\]|[^\s:/[\]*]+)(:\d{1,5})?\s*$/.test(v) || /^https:\/\//.test(v.trim()) ? undefined : 'Enter host or host:port'),
  });
  if (!target) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Pin Hygiene: connecting to ${target.trim()}…`, cancellable: true },
      (_progress, token) => client.sendRequest<ChainResult>(LOOKUP_HOST, { target: target.trim(), ...networkSettings() }, token),
    );
    if (result) await showChain(result, `Chain of ${target.trim()}`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Pin Hygiene: ${errorMessage(e)}`);
  }
}

export async function computePinsFromFile(client: LanguageClient | undefined, resource?: vscode.Uri): Promise<void> {
  if (!client) return;
  let uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file') {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Certificates: ['pem', 'crt', 'cer', 'der', 'p7b', 'p7c'] }, title: 'Certificate file' });
    uri = picked?.[0];
  }
  if (!uri) return;
  try {
    const result = await client.sendRequest<ChainResult>(CERTIFICATE_FILE, { uri: uri.toString() });
    await showChain(result, `Certificates in ${vscode.workspace.asRelativePath(uri)}`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Pin Hygiene: ${errorMessage(e)}`);
  }
}

export async function verifyLivePins(client: LanguageClient | undefined): Promise<void> {
  if (!client || !networkAllowed()) return;
  const connectTo = vscode.workspace.getConfiguration('pinHygiene').get<Record<string, string>>('verifyConnectTo', {});
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Pin Hygiene: verifying pins against live servers', cancellable: true },
    async (progress, token) => {
      let last = 0;
      const listener = client.onNotification(VERIFY_PROGRESS, (p: VerifyProgressParams) => {
        progress.report({ message: `${p.host} (${p.done}/${p.total})`, increment: ((p.done - last) / Math.max(1, p.total)) * 100 });
        last = p.done;
      });
      try {
        return await client.sendRequest<VerifyLiveResult>(VERIFY_LIVE, { ...networkSettings(), connectTo }, token);
      } catch (e) {
        if (!token.isCancellationRequested) void vscode.window.showErrorMessage(`Pin Hygiene: verification failed: ${errorMessage(e)}`);
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
  if (!result) return;
  if (result.hosts.length === 0) {
    void vscode.window.showInformationMessage('Pin Hygiene: no pinned hosts found in the workspace.');
    return;
  }
  const failed = result.hosts.filter((h) => !h.ok);
  const summary = `${result.hosts.length - failed.length} of ${result.hosts.length} pinned hosts verified${result.cancelled ? ' (cancelled)' : ''}; ${result.findings} live findings in the Problems panel.`;
  if (failed.length === 0) void vscode.window.showInformationMessage(`Pin Hygiene: ${summary}`);
  else void vscode.window.showWarningMessage(`Pin Hygiene: ${summary} ${failed.map((h) => `${h.host}: ${h.text}`).join('; ')}`);
}

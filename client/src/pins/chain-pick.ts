/**
 * The chain of a lookup or a certificate file in a quick pick: each certificate with its role and
 * validity; choosing one copies its pin or inserts it at the cursor in the current file's syntax.
 */
import * as vscode from 'vscode';
import type { CertificateSummary } from '../../../server/src/engine/index-types';
import { formatPins, PIN_SYNTAXES, pinSyntaxFor } from '../../../server/src/engine/pins/pin-formats';
import type { ChainResult } from '../../../server/src/lsp/pin-protocol';

const ROLE_ICON: Record<CertificateSummary['role'], string> = { leaf: '$(file)', intermediate: '$(link)', root: '$(shield)' };

interface CertificateItem extends vscode.QuickPickItem {
  pins: string[];
}

function validity(c: CertificateSummary, now = Date.now()): string {
  const days = Math.floor((Date.parse(c.notAfter) - now) / 86_400_000);
  const state = days < 0 ? 'EXPIRED' : Date.parse(c.notBefore) > now ? 'not yet valid' : `${days} days left`;
  return `valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)} (${state})`;
}

function name(c: CertificateSummary): string {
  return c.commonName ? `CN=${c.commonName}` : c.subject;
}

export async function showChain(result: ChainResult, title: string): Promise<void> {
  if (result.problems.length > 0) {
    void vscode.window.showWarningMessage(`Pin Hygiene: ${result.source}: ${result.problems.map((p) => p.message).join(' ')}`);
  }
  const items: CertificateItem[] = result.certificates.map((c) => ({
    label: `${ROLE_ICON[c.role]} ${c.role}: ${name(c)}`,
    description: validity(c),
    detail: `${c.pin}  ·  ${c.keyType}${c.keyBits ? ` ${c.keyBits}` : ''}  ·  issuer ${c.issuer}`,
    pins: [c.pin],
  }));
  const leaf = result.certificates.find((c) => c.role === 'leaf');
  const backup = result.certificates.find((c) => c.role === 'intermediate');
  if (leaf && backup) {
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator, pins: [] });
    items.push({ label: '$(add) Insert leaf + backup (intermediate) pins', detail: `${leaf.pin}, ${backup.pin}`, pins: [leaf.pin, backup.pin] });
  }
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose a certificate to copy or insert its pin', matchOnDetail: true });
  if (!chosen || chosen.pins.length === 0) return;
  await usePins(chosen.pins);
}

/** Inserts the pins at the cursor in the active editor's syntax, or copies them. */
async function usePins(pins: string[]): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const syntax = pinSyntaxFor(editor?.document.languageId, editor?.document.fileName);
  const actions: (vscode.QuickPickItem & { run: () => Thenable<unknown> })[] = [];
  if (editor) {
    const indent = /^\s*/.exec(editor.document.lineAt(editor.selection.active.line).text)?.[0] ?? '';
    const text = formatPins(pins, syntax, indent);
    actions.push({ label: '$(insert) Insert at cursor', description: PIN_SYNTAXES[syntax], detail: text.split('\n')[0], run: () => editor.edit((b) => b.replace(editor.selection, text)) });
  }
  const plain = pins.join('\n');
  actions.push({ label: '$(copy) Copy pin', description: 'sha256/… form', detail: plain.split('\n')[0], run: () => vscode.env.clipboard.writeText(plain) });
  if (editor && syntax !== 'plain') {
    const formatted = formatPins(pins, syntax);
    actions.push({ label: '$(copy) Copy in this file\'s syntax', description: PIN_SYNTAXES[syntax], run: () => vscode.env.clipboard.writeText(formatted) });
  }
  const action = actions.length === 1 ? actions[0] : await vscode.window.showQuickPick(actions, { placeHolder: 'Insert or copy' });
  if (!action) return;
  await action.run();
  if (action.label.includes('Copy')) void vscode.window.showInformationMessage(`Pin Hygiene: copied ${pins.length === 1 ? 'the pin' : `${pins.length} pins`}.`);
}

/** The "Pin Inventory" view: pinned hosts → pin sets (where defined) and pins, plus health; export. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { InventoryHost, InventoryPinSet } from '../../../server/src/engine/index-types';
import { EXPORT_INVENTORY, INVENTORY, INVENTORY_CHANGED, type InventoryResult } from '../../../server/src/lsp/pin-protocol';

type Node =
  | { kind: 'host'; host: InventoryHost }
  | { kind: 'pinSet'; host: InventoryHost; pinSet: InventoryPinSet }
  | { kind: 'pin'; pin: string }
  | { kind: 'problem'; host: InventoryHost; index: number };

export class PinInventoryView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private hosts: InventoryHost[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Listens for the server's inventory changes (call once the client runs). */
  attach(client: LanguageClient): void {
    this.disposables.push(client.onNotification(INVENTORY_CHANGED, () => void this.refresh()));
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    try {
      this.hosts = (await client.sendRequest<InventoryResult>(INVENTORY, {})).hosts;
    } catch {
      this.hosts = [];
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.hosts.map((host) => ({ kind: 'host', host }));
    if (node.kind === 'host') {
      return [
        ...node.host.pinSets.map((pinSet) => ({ kind: 'pinSet' as const, host: node.host, pinSet })),
        ...node.host.problems.map((_, index) => ({ kind: 'problem' as const, host: node.host, index })),
      ];
    }
    if (node.kind === 'pinSet') return node.pinSet.pins.map((pin) => ({ kind: 'pin', pin }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'host': {
        const h = node.host;
        const item = new vscode.TreeItem(h.host, vscode.TreeItemCollapsibleState.Collapsed);
        const health = h.live ? (h.live.ok ? `live: ${h.live.text}` : `live: ${h.live.text}`) : h.problems.length ? `${h.problems.length} problems` : 'healthy';
        item.description = `${h.pins.length} pins · ${health}`;
        item.iconPath = new vscode.ThemeIcon(h.live && !h.live.ok ? 'error' : h.problems.some((p) => p.severity !== 'info') ? 'warning' : 'pass');
        item.tooltip = new vscode.MarkdownString(`**${h.host}**\n\n${h.pinSets.length} pin sets, ${h.pins.length} distinct pins${h.live ? `\n\nLast live check ${h.live.checkedAt}: ${h.live.text}` : ''}`);
        item.contextValue = 'pinHygiene.host';
        return item;
      }
      case 'pinSet': {
        const s = node.pinSet;
        const uri = vscode.Uri.parse(s.location);
        const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(uri)}:${s.line}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${s.ruleId}${s.expiration ? ` · expires ${s.expiration}` : ''}`;
        item.iconPath = new vscode.ThemeIcon('symbol-key');
        item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: new vscode.Range(s.line - 1, s.column - 1, s.line - 1, s.column - 1) }] };
        return item;
      }
      case 'pin': {
        const item = new vscode.TreeItem(node.pin, vscode.TreeItemCollapsibleState.None);
        item.contextValue = 'pinHygiene.pin';
        item.iconPath = new vscode.ThemeIcon('key');
        item.command = { command: 'pinHygiene.copyPin', title: 'Copy Pin', arguments: [node.pin] };
        item.tooltip = 'Click to copy';
        return item;
      }
      case 'problem': {
        const p = node.host.problems[node.index];
        const item = new vscode.TreeItem(p.message, vscode.TreeItemCollapsibleState.None);
        item.description = p.ruleId;
        item.iconPath = new vscode.ThemeIcon(p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'info');
        const uri = vscode.Uri.parse(p.location);
        item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: new vscode.Range(p.line - 1, 0, p.line - 1, 0) }] };
        return item;
      }
    }
  }

  async export(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const format = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', format: 'markdown' as const },
        { label: 'JSON', format: 'json' as const },
      ],
      { placeHolder: 'Export the pin inventory as' },
    );
    if (!format) return;
    const content = await client.sendRequest<string>(EXPORT_INVENTORY, { format: format.format });
    const document = await vscode.workspace.openTextDocument({ language: format.format, content });
    await vscode.window.showTextDocument(document);
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

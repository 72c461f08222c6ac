/**
 * The VS Code side: starts the bundled language server, routes its log to an output channel,
 * and offers the commands. All analysis happens in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { PinInventoryView } from './pins/inventory-view';
import { computePinsFromFile, lookUpHost, verifyLivePins } from './pins/pin-commands';
import { addSdkInitialisation } from './sdk-init-command';
import { migrateWorkspace } from './migration/migrate-workspace';

/** Languages and files the server reads; keep in sync with `activationEvents` in package.json. */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [
  ...['kotlin', 'java', 'swift', 'objective-c', 'objective-cpp', 'dart', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'csharp', 'go', 'python', 'groovy', 'xml', 'plist'].map(
    (language) => ({ scheme: 'file', language }),
  ),
  // By file name too: without a language extension installed, .kt or .dart files open as plain text.
  { scheme: 'file', pattern: '**/*.{java,kt,kts,swift,m,mm,h,dart,js,jsx,mjs,cjs,ts,tsx,cs,go,py,gradle,groovy,xml,plist}' },
  // Configuration files the secret rules read (google-services.json, gradle.properties, .env, YAML).
  { scheme: 'file', pattern: '**/*.{json,yaml,yml,properties}' },
  { scheme: 'file', pattern: '**/.env{,.*}' },
  { scheme: 'untitled', language: 'kotlin' },
  { scheme: 'untitled', language: 'java' },
];

const WATCHED_FILES = '**/{*.{java,kt,kts,swift,m,mm,h,dart,js,jsx,mjs,cjs,ts,tsx,cs,go,py,gradle,groovy,xml,plist,json,yaml,yml,properties},.env,.env.*}';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let inventory: PinInventoryView;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Pin Hygiene', { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('pinHygiene.restartServer', restartServer),
    vscode.commands.registerCommand('pinHygiene.showOutput', () => output.show()),
    vscode.commands.registerCommand('pinHygiene.lookUpHost', () => lookUpHost(client)),
    vscode.commands.registerCommand('pinHygiene.computePinsFromFile', (resource?: vscode.Uri) => computePinsFromFile(client, resource)),
    vscode.commands.registerCommand('pinHygiene.verifyLivePins', () => verifyLivePins(client)),
    vscode.commands.registerCommand('pinHygiene.addSdkInitialisation', () => addSdkInitialisation(client)),
    vscode.commands.registerCommand('pinHygiene.migrateWorkspace', () => migrateWorkspace(client, output)),
    vscode.commands.registerCommand('pinHygiene.refreshInventory', () => inventory.refresh()),
    vscode.commands.registerCommand('pinHygiene.exportInventory', () => inventory.export()),
    vscode.commands.registerCommand('pinHygiene.copyPin', async (pin: unknown) => {
      if (typeof pin !== 'string') return;
      await vscode.env.clipboard.writeText(pin);
      void vscode.window.showInformationMessage('Pin Hygiene: copied the pin.');
    }),
  );
  inventory = new PinInventoryView(() => client);
  context.subscriptions.push(inventory, vscode.window.registerTreeDataProvider('pinHygiene.inventory', inventory));
  client = createClient(context);
  await startClient();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // The server keeps its compiled code here, private to the user, so later starts skip compiling it.
  const codeCache = vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: { ...process.env, PIN_HYGIENE_CODE_CACHE: codeCache } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_FILES) },
    diagnosticCollectionName: 'pin-hygiene',
  };
  return new LanguageClient('pinHygiene', 'Pin Hygiene', serverOptions, clientOptions);
}

async function startClient(): Promise<void> {
  try {
    await client?.start();
    if (client) inventory.attach(client);
  } catch (e) {
    output.error(`The Pin Hygiene server did not start: ${e instanceof Error ? e.message : String(e)}`);
    const choice = await vscode.window.showErrorMessage('Pin Hygiene: the language server did not start.', 'Show Output');
    if (choice) output.show();
  }
}

async function restartServer(): Promise<void> {
  if (!client) return;
  output.info('Restarting the Pin Hygiene server…');
  if (client.state === State.Running) await client.restart();
  else await startClient();
}

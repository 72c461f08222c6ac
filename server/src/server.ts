/**
 * The Pin Hygiene language server: wires LSP (stdio, IPC or socket, chosen by the launch
 * arguments) to the engine. Open documents are validated as they change; the workspace is scanned
 * on start so files that are not open appear in the Problems panel too.
 */
import type { InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from './lsp/lsp-values';
import { codeActionsFor, FIX_ALL_KIND, MIGRATE_FILE_KIND } from './lsp/code-actions';
import { DocumentValidator } from './lsp/document-validator';
import { ScannerCache } from './lsp/scanner-cache';
import { SettingsStore } from './lsp/settings-store';
import { WorkspaceScan } from './lsp/workspace-scan';
import { pinCodeLenses } from './lsp/pin-code-lens';
import { pinHover } from './lsp/pin-hover';
import { PinIndex } from './lsp/pin-index';
import { INVENTORY_CHANGED } from './lsp/pin-protocol';
import { registerPinRequests } from './lsp/pin-requests';
import { registerSdkInitRequests, SdkInitService } from './lsp/sdk-init';
import { resolveSdkInitAction, sdkInitActionUri, sdkInitCodeActions } from './lsp/sdk-init-actions';
import { SDK_INIT_KIND } from './lsp/sdk-init-protocol';
import { MIGRATE_WORKSPACE } from './lsp/migration-protocol';
import { WorkspaceMigration } from './lsp/workspace-migration';
import { TOOL_VERSION } from './cli/version';
import { codeCacheState } from './code-cache-state';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const scanners = new ScannerCache();
const settings = new SettingsStore(connection);
const pins = new PinIndex();
const validator = new DocumentValidator(connection, documents, settings, scanners, pins);
const workspace = new WorkspaceScan(connection, documents, settings, scanners, pins);
const migration = new WorkspaceMigration(connection, documents, settings, scanners);
let workspaceFolders: string[] = [];
const sdkInit = new SdkInitService(documents, () => workspaceFolders);
let hasDynamicConfigurationRegistration = false;
let hasWorkspaceFolderSupport = false;
let codeLensRefreshSupport = false;

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  settings.clientSupportsConfiguration = Boolean(capabilities.workspace?.configuration);
  hasDynamicConfigurationRegistration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
  hasWorkspaceFolderSupport = Boolean(capabilities.workspace?.workspaceFolders);
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
  workspace.progressSupported = Boolean(capabilities.window?.workDoneProgress);
  codeLensRefreshSupport = Boolean(capabilities.workspace?.codeLens?.refreshSupport);
  sdkInit.setClientCapabilities(capabilities);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MIGRATE_FILE_KIND, SDK_INIT_KIND], resolveProvider: true },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'pin-hygiene', version: TOOL_VERSION },
  };
});

connection.onInitialized(() => {
  if (hasDynamicConfigurationRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  }
  if (hasWorkspaceFolderSupport) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
      void workspace.run(workspaceFolders);
    });
  }
  connection.console.info(`Pin Hygiene server ${TOOL_VERSION} started (workspace folders: ${workspaceFolders.length}; code cache: ${codeCacheState()}).`);
  void workspace.run(workspaceFolders);
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  validator.revalidateAll();
  void workspace.run(workspaceFolders);
});

documents.onDidOpen((e) => validator.schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => {
  sdkInit.documentChanged(e.document.uri);
  validator.schedule(e.document.uri);
});
documents.onDidClose((e) => {
  validator.forget(e.document.uri);
  settings.forget(e.document.uri);
  void workspace.documentClosed(e.document.uri);
});

connection.onDidChangeWatchedFiles((params) => {
  sdkInit.invalidate();
  for (const change of params.changes) void workspace.fileChanged(change.uri, change.type);
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const documentSettings = await settings.forDocument(document.uri);
  if (!documentSettings.enable) return [];
  return [
    ...codeActionsFor(document, params, scanners.get(documentSettings), (uri) => documents.get(uri)?.getText()),
    ...sdkInitCodeActions(document, params, sdkInit, documentSettings.sdk),
  ];
});

connection.onCodeActionResolve(async (action) => {
  const uri = sdkInitActionUri(action);
  return uri ? resolveSdkInitAction(action, uri, sdkInit, (await settings.forDocument(uri)).sdk) : action;
});

connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? pinHover(document, params.position, pins) : null;
});

connection.onCodeLens(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const documentSettings = await settings.forDocument(document.uri);
  if (!documentSettings.enable) return [];
  return pinCodeLenses(scanners.get(documentSettings).scan(document.uri, document.getText(), document.languageId).findings, pins);
});

/** "Migrate Workspace to Dynamic Pinning": one workspace edit for the client to preview and apply. */
connection.onRequest(MIGRATE_WORKSPACE, (_params: unknown, token) => migration.build(workspaceFolders, token));

workspace.onScanned = () => void connection.sendNotification(INVENTORY_CHANGED, {});

/** After a lookup or verification: republish every diagnostic with the new live findings. */
registerPinRequests(connection, pins, async () => {
  validator.revalidateAll();
  await workspace.run(workspaceFolders);
  if (codeLensRefreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  void connection.sendNotification(INVENTORY_CHANGED, {});
});

registerSdkInitRequests(connection, sdkInit, settings, () => workspaceFolders);

documents.listen(connection);
connection.listen();

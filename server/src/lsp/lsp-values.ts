/**
 * The values (not types) the server takes from vscode-languageserver, imported in this one place:
 * the bundle converts that CommonJS package to an ES namespace once per importing module, copying
 * hundreds of exports each time, which shows in the server's start-up. Types are imported directly.
 */
export {
  CodeActionKind,
  CodeActionTriggerKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  FileChangeType,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';

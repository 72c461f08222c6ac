/** Applies LSP text edits (line/character ranges) to a text, as an editor would, for protocol tests. */
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface LspTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export function applyLspEdits(text: string, edits: readonly LspTextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), [...edits]);
}

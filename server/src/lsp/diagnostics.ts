/** Findings as LSP diagnostics: rule id as `code`, a docs link, a stable `source`. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from './lsp-values';
import type { Finding, Severity } from '../engine';

export const DIAGNOSTIC_SOURCE = 'pin-hygiene';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The bundled rule docs, next to dist/ in the extension and in the repository alike. */
const BUNDLED_DOCS = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).href;

export function ruleDocsUrl(ruleId: string, docsBaseUrl: string): string {
  return `${docsBaseUrl || BUNDLED_DOCS}#${ruleId}`;
}

export function toDiagnostic(finding: Finding, docsBaseUrl: string): Diagnostic {
  return {
    range: {
      start: { line: finding.line - 1, character: finding.column - 1 },
      end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
    },
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId, docsBaseUrl) },
    message: finding.message,
    data: { category: finding.category, host: finding.host, pins: finding.pins, fixable: finding.fixable },
  };
}

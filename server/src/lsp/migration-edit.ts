/**
 * The pieces of the workspace migration that need no workspace: the migration of one text (fix-all
 * of its `pin` and `tls` findings, as edits of the original text labelled with their rules), and the
 * workspace edit that gathers the files, one change annotation per rule, each needing confirmation.
 */
import type { AnnotatedTextEdit, ChangeAnnotation, TextDocumentEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES, type ScanResult } from '../engine';
import { composeFixPasses, type AttributedEdit } from '../engine/fixes/compose-edits';
import { fixAll } from '../engine/fixes/fix-all';
import { isMigrationFinding } from './code-actions';
import type { MigrateWorkspaceResult } from './migration-protocol';

/** The migration of one text: its edits with the rules that made them, or why it is left out. */
export function migrateText(text: string, scan: (text: string) => ScanResult): { edits: AttributedEdit[]; fixesByRule: Map<string, number> } | { skipped: string } {
  // fix-all's last pass scans the final text: remember the latest scan so it is not scanned twice.
  let last = { text, result: scan(text) };
  const scanOnce = (t: string): ScanResult => (last.text === t ? last.result : (last = { text: t, result: scan(t) }).result);
  const before = last.result;
  const fixed = fixAll(text, (t) => scanOnce(t).findings, isMigrationFinding);
  if (fixed.error) return { skipped: `a fix did not apply cleanly (${fixed.error})` };
  if (fixed.text === text) return { edits: [], fixesByRule: new Map() };
  const after = scanOnce(fixed.text).parseError;
  if (after && !before.parseError) return { skipped: `the fixed file would not parse (${after.message} at ${after.line}:${after.column})` };
  const fixesByRule = new Map<string, number>();
  for (const pass of fixed.passes) for (const fix of pass) fixesByRule.set(fix.ruleId, (fixesByRule.get(fix.ruleId) ?? 0) + 1);
  return { edits: composeFixPasses(text, fixed), fixesByRule };
}

const RULE_TITLES = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.title]));

/** The workspace edit under construction: one TextDocumentEdit per file, one annotation per rule. */
export class AnnotatedWorkspaceEdit {
  private readonly documentChanges: TextDocumentEdit[] = [];
  /** Per annotation id (a rule id, or rule ids joined by `+` for an edit several fixes made). */
  private readonly annotations = new Map<string, { ruleIds: string[]; edits: number; files: Set<string> }>();
  private readonly rules = new Map<string, { fixes: number; files: number }>();
  private fixes = 0;

  addFile(uri: string, version: number | null, text: string, edits: readonly AttributedEdit[], fixesByRule: ReadonlyMap<string, number>): void {
    const document = TextDocument.create(uri, 'plaintext', 0, text);
    const lspEdits: AnnotatedTextEdit[] = edits.map((edit) => {
      const annotationId = edit.ruleIds.join('+');
      const annotation = this.annotations.get(annotationId) ?? { ruleIds: edit.ruleIds, edits: 0, files: new Set<string>() };
      annotation.edits++;
      annotation.files.add(uri);
      this.annotations.set(annotationId, annotation);
      return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText, annotationId };
    });
    this.documentChanges.push({ textDocument: { uri, version }, edits: lspEdits });
    for (const [ruleId, fixes] of fixesByRule) {
      const rule = this.rules.get(ruleId) ?? { fixes: 0, files: 0 };
      rule.fixes += fixes;
      rule.files++;
      this.rules.set(ruleId, rule);
      this.fixes += fixes;
    }
  }

  summary(): Pick<MigrateWorkspaceResult, 'edit' | 'files' | 'fixes' | 'rules'> {
    const rules = [...this.rules].map(([ruleId, r]) => ({ ruleId, title: RULE_TITLES.get(ruleId) ?? ruleId, ...r }));
    if (this.documentChanges.length === 0) return { files: 0, fixes: 0, rules };
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    for (const [id, annotation] of this.annotations) {
      const label = annotation.ruleIds.map((r) => RULE_TITLES.get(r) ?? r).join(' + ');
      const fixes = annotation.ruleIds.length === 1 ? this.rules.get(annotation.ruleIds[0])?.fixes : undefined;
      const counts = fixes !== undefined ? `${plural(fixes, 'fix', 'fixes')} in ${plural(annotation.files.size, 'file')}` : `${plural(annotation.edits, 'change')} made by fixes of these rules together`;
      changeAnnotations[id] = { label, description: `${annotation.ruleIds.join(', ')}: ${counts}`, needsConfirmation: true };
    }
    return { edit: { documentChanges: this.documentChanges, changeAnnotations }, files: this.documentChanges.length, fixes: this.fixes, rules };
  }
}

function plural(n: number, word: string, pluralWord = word + 's'): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

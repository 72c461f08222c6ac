/**
 * The "Add Approov SDK initialisation (one time)" code action: a quick fix on pin and TLS findings
 * (the migration fixes need the SDK initialised), and a source action on the entry file itself.
 * Offered only while the project still needs it; the edit spans the entry file and the dependency
 * file and needs confirmation.
 */
import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import { CodeActionKind } from './lsp-values';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES, fileKindOfDocument, type FileKind } from '../engine';
import type { SdkInitOptions } from '../engine/migration/sdk-init';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { SdkInitService } from './sdk-init';
import { SDK_INIT_KIND, SDK_INIT_TITLE } from './sdk-init-protocol';

const MIGRATION_CATEGORIES = new Set(['pin', 'tls']);
const CATEGORY_OF = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta.category]));

/** A cheap look at a file: could it be an app entry point (so a plan is worth computing)? */
const ENTRY_HINTS: Partial<Record<FileKind, RegExp>> = {
  kotlin: /Application\b/,
  java: /Application\b/,
  swift: /@main|@UIApplicationMain|UIApplicationDelegate/,
  dart: /\bmain\s*\(/,
  javascript: /registerComponent|registerRootComponent|export\s+default/,
  typescript: /registerComponent|registerRootComponent|export\s+default/,
  csharp: /CreateMauiApp/,
};

export function sdkInitCodeActions(document: TextDocument, params: CodeActionParams, service: SdkInitService, options: SdkInitOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const findings = params.context.diagnostics.filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && MIGRATION_CATEGORIES.has(CATEGORY_OF.get(d.code) ?? ''),
  );
  const onFinding = findings.length > 0 && wants(CodeActionKind.QuickFix);
  const kind = fileKindOfDocument(document.uri, document.languageId);
  const mayBeEntry = wants(SDK_INIT_KIND) && kind !== undefined && (ENTRY_HINTS[kind]?.test(document.getText()) ?? false);
  if (!onFinding && !mayBeEntry) return [];

  const planned = service.planFor(document.uri, options, true);
  if (!planned || planned.plan.status !== 'ready') return [];
  if (!onFinding && !service.isEntryFile(planned, document.uri)) return [];
  const action: CodeAction = {
    title: SDK_INIT_TITLE,
    kind: onFinding ? CodeActionKind.QuickFix : SDK_INIT_KIND,
    diagnostics: onFinding ? findings : undefined,
  };
  // Files outside the editor may change after the action is listed: plan the edit when it is applied.
  if (service.resolvesEdits) return [{ ...action, data: { [SDK_INIT_DATA]: document.uri } satisfies SdkInitActionData }];
  const edit = service.workspaceEdit(planned);
  return edit ? [{ ...action, edit }] : [];
}

const SDK_INIT_DATA = 'pinHygieneSdkInit';
type SdkInitActionData = { [SDK_INIT_DATA]: string };

/** The document an SDK action was offered in, or undefined for other actions. */
export function sdkInitActionUri(action: CodeAction): string | undefined {
  const uri = (action.data as Partial<SdkInitActionData> | undefined)?.[SDK_INIT_DATA];
  return typeof uri === 'string' ? uri : undefined;
}

/** `codeAction/resolve` of the SDK action: the edit, planned afresh from the files as they are now. */
export function resolveSdkInitAction(action: CodeAction, uri: string, service: SdkInitService, options: SdkInitOptions): CodeAction {
  const planned = service.planFor(uri, options);
  const edit = planned?.plan.status === 'ready' ? service.workspaceEdit(planned) : undefined;
  return edit ? { ...action, edit } : action;
}

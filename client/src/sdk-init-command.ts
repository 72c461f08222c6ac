/**
 * "Pin Hygiene: Add SDK Initialisation": asks the server to plan the one-time Approov SDK set-up for
 * the active file's project (or the workspace's projects), shows what will change, and applies the
 * workspace edit directly or through VS Code's refactor preview.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit } from 'vscode-languageclient/node';
import { SDK_INIT_PLAN, type SdkInitPlanResult, type SdkInitPlanSummary } from '../../server/src/lsp/sdk-init-protocol';

const STATUS_TEXT: Record<string, string> = {
  'already-initialised': 'already initialises the Approov SDK; nothing to do',
  'no-entry-point': 'has no place to initialise the SDK that Pin Hygiene can find',
};

function relative(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
}

/** The same edit with its change annotations no longer asking for a preview. */
function withoutPreview(edit: WorkspaceEdit): WorkspaceEdit {
  const annotations = Object.fromEntries(Object.entries(edit.changeAnnotations ?? {}).map(([id, a]) => [id, { ...a, needsConfirmation: false }]));
  return { ...edit, changeAnnotations: annotations };
}

async function pickPlan(plans: readonly SdkInitPlanSummary[]): Promise<SdkInitPlanSummary | undefined> {
  if (plans.length <= 1) return plans[0];
  const picked = await vscode.window.showQuickPick(
    plans.map((plan) => ({ label: plan.platformName, description: relative(plan.projectUri) || '.', detail: plan.status === 'ready' ? undefined : STATUS_TEXT[plan.status], plan })),
    { title: 'Pin Hygiene: Add SDK Initialisation', placeHolder: 'Which project?' },
  );
  return picked?.plan;
}

export async function addSdkInitialisation(client: LanguageClient | undefined): Promise<void> {
  if (!client) return;
  const active = vscode.window.activeTextEditor?.document.uri;
  const params = active?.scheme === 'file' ? { uri: client.code2ProtocolConverter.asUri(active) } : {};
  let result: SdkInitPlanResult;
  try {
    result = await client.sendRequest<SdkInitPlanResult>(SDK_INIT_PLAN, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`Pin Hygiene: could not plan the SDK initialisation: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (result.plans.length === 0) {
    void vscode.window.showInformationMessage('Pin Hygiene: no Android, iOS, Flutter, React Native or .NET MAUI project found in the workspace.');
    return;
  }
  const plan = await pickPlan(result.plans);
  if (!plan) return;
  if (plan.status !== 'ready' || !plan.edit) {
    const why = plan.status === 'ready' ? 'the editor cannot apply this edit (it creates a file)' : STATUS_TEXT[plan.status] ?? plan.status;
    void vscode.window.showInformationMessage(`Pin Hygiene: the ${plan.platformName} project ${why}. ${plan.notes.join(' ')}`.trim());
    return;
  }
  const detail = [...plan.files.map((f) => `• ${relative(f.uri)}${f.create ? ' (new)' : ''}: ${f.description}`), '', ...plan.notes].join('\n');
  const choice = await vscode.window.showInformationMessage(`Add Approov SDK initialisation to the ${plan.platformName} project?`, { modal: true, detail }, 'Apply', 'Preview');
  if (!choice) return;
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(choice === 'Apply' ? withoutPreview(plan.edit) : plan.edit);
  if (!(await vscode.workspace.applyEdit(edit))) return;
  if (plan.entryUri) await vscode.window.showTextDocument(vscode.Uri.parse(plan.entryUri), { preview: false });
  if (plan.notes.length > 0) void vscode.window.showInformationMessage(`Pin Hygiene: ${plan.notes.join(' ')}`);
}

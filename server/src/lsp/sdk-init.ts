/**
 * The SDK initialisation in the language server: plans for the project of a file (or of every
 * workspace folder) from the files on disk with the editor's unsaved texts laid over them, turned
 * into workspace edits whose changes carry a change annotation that needs confirmation.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClientCapabilities, Connection, CreateFile, TextDocumentEdit, TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  diskProjectFiles,
  findProjects,
  locateProject,
  planSdkInit,
  PLATFORM_NAMES,
  type ProjectFiles,
  type SdkInitOptions,
  type SdkInitPlan,
} from '../engine/migration/sdk-init';
import type { SettingsStore } from './settings-store';
import { SDK_INIT_ANNOTATION, SDK_INIT_PLAN, type SdkInitPlanParams, type SdkInitPlanResult, type SdkInitPlanSummary } from './sdk-init-protocol';

/** Plans kept for offering code actions, until a file changes or this long (files outside the editor change unseen). */
const MAX_CACHED_PLANS = 64;
const PLAN_TTL_MS = 30_000;

export interface PlannedProject {
  root: string;
  files: ProjectFiles;
  plan: SdkInitPlan;
}

export class SdkInitService {
  private readonly cache = new Map<string, { uri: string; planned: PlannedProject | undefined; at: number }>();
  /** What the client's workspace edits support; without document changes nothing can be created or annotated. */
  private documentChanges = true;
  private createFiles = true;
  private annotations = true;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  /** The client resolves a code action's edit lazily (`codeAction/resolve`), so it can be planned when applied. */
  resolvesEdits = false;

  setClientCapabilities(capabilities: ClientCapabilities): void {
    this.resolvesEdits = Boolean(capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'));
    const workspaceEdit = capabilities.workspace?.workspaceEdit;
    this.documentChanges = Boolean(workspaceEdit?.documentChanges);
    this.createFiles = Boolean(workspaceEdit?.resourceOperations?.includes('create'));
    this.annotations = Boolean(workspaceEdit?.changeAnnotationSupport);
  }

  /** Files changed on disk (saved, created, deleted): no cached plan may be trusted. */
  invalidate(): void {
    this.cache.clear();
  }

  /** An open document changed: plans asked for from it, or that read or change it, are stale. */
  documentChanged(uri: string): void {
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    for (const [key, entry] of this.cache) {
      const plan = entry.planned;
      const touched = plan && [plan.plan.entryFile, ...plan.plan.changes.map((c) => c.path)].some((p) => p !== undefined && path.join(plan.root, ...p.split('/')) === file);
      if (entry.uri === uri || touched) this.cache.delete(key);
    }
  }

  /**
   * The plan for the project of the file `uri`, or undefined when it belongs to none. A `cached`
   * plan decides whether the action is offered; clients that resolve edits get the edit planned
   * afresh when they apply it (others get it from the cached plan, version-checked for open files).
   */
  planFor(uri: string, options: SdkInitOptions, cached = false): PlannedProject | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const key = `${uri}\n${JSON.stringify(options)}`;
    const hit = this.cache.get(key);
    if (cached && hit && Date.now() - hit.at < PLAN_TTL_MS) return hit.planned;
    const file = fileURLToPath(uri);
    const root = this.rootOf(file);
    const files = this.projectFiles(root);
    const project = locateProject(files, toRelative(root, file));
    const planned = project ? { root, files, plan: planSdkInit(files, project, options) } : undefined;
    if (this.cache.size >= MAX_CACHED_PLANS) this.cache.clear();
    this.cache.set(key, { uri, planned, at: Date.now() });
    return planned;
  }

  /** Plans for every project found in the workspace folders. */
  plansForWorkspace(options: SdkInitOptions): PlannedProject[] {
    const planned: PlannedProject[] = [];
    for (const folder of this.workspaceFolders()) {
      if (!folder.startsWith('file:')) continue;
      const root = fileURLToPath(folder);
      const files = this.projectFiles(root);
      for (const project of findProjects(files)) planned.push({ root, files, plan: planSdkInit(files, project, options) });
    }
    return planned;
  }

  /** True when `uri` is the file the plan initialises the SDK in. */
  isEntryFile({ root, plan }: PlannedProject, uri: string): boolean {
    return plan.entryFile !== undefined && uri.startsWith('file:') && fileURLToPath(uri) === path.join(root, ...plan.entryFile.split('/'));
  }

  /** The plan as the client sees it: URIs, descriptions, notes, and the edit when it is ready. */
  summary(planned: PlannedProject): SdkInitPlanSummary {
    const { root, plan } = planned;
    return {
      platform: plan.project.platform,
      platformName: PLATFORM_NAMES[plan.project.platform],
      projectUri: this.uriOf(root, plan.project.dir),
      status: plan.status,
      entryUri: plan.entryFile !== undefined ? this.uriOf(root, plan.entryFile) : undefined,
      files: plan.changes.map((c) => ({ uri: this.uriOf(root, c.path), description: c.description, create: c.create })),
      notes: plan.notes,
      edit: plan.status === 'ready' ? this.workspaceEdit(planned) : undefined,
    };
  }

  /** The plan's changes as one workspace edit, every change annotated as needing confirmation. */
  workspaceEdit({ root, files, plan }: PlannedProject): WorkspaceEdit | undefined {
    const annotationId = this.annotations ? SDK_INIT_ANNOTATION : undefined;
    if (!this.documentChanges) {
      if (plan.changes.some((c) => c.create)) return undefined;
      const changes: NonNullable<WorkspaceEdit['changes']> = {};
      for (const change of plan.changes) {
        const document = this.documentAt(root, change.path, files);
        changes[document.uri] = change.edits.map((e) => ({ range: { start: document.text.positionAt(e.start), end: document.text.positionAt(e.end) }, newText: e.newText }));
      }
      return { changes };
    }
    if (plan.changes.some((c) => c.create) && !this.createFiles) return undefined;
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
    for (const change of plan.changes) {
      const document = this.documentAt(root, change.path, files);
      if (change.create) documentChanges.push({ kind: 'create', uri: document.uri, options: { overwrite: false, ignoreIfExists: false }, annotationId });
      documentChanges.push({
        textDocument: { uri: document.uri, version: change.create ? null : document.version },
        edits: change.edits.map((e) => ({
          range: { start: document.text.positionAt(e.start), end: document.text.positionAt(e.end) },
          newText: e.newText,
          ...(annotationId ? { annotationId } : {}),
        })),
      });
    }
    const edit: WorkspaceEdit = { documentChanges };
    if (annotationId) {
      edit.changeAnnotations = {
        [annotationId]: { label: 'Add Approov SDK initialisation', description: plan.notes.join(' '), needsConfirmation: true },
      };
    }
    return edit;
  }

  private rootOf(file: string): string {
    const folders = this.workspaceFolders()
      .filter((f) => f.startsWith('file:'))
      .map((f) => fileURLToPath(f))
      .filter((folder) => !path.relative(folder, file).startsWith('..') && !path.isAbsolute(path.relative(folder, file)))
      .sort((a, b) => b.length - a.length);
    return folders[0] ?? path.parse(file).root;
  }

  private projectFiles(root: string): ProjectFiles {
    const open = new Map(this.documents.all().filter((d) => d.uri.startsWith('file:')).map((d) => [fileURLToPath(d.uri), d.getText()]));
    return diskProjectFiles(root, { overlay: (file) => open.get(file) });
  }

  private uriOf(root: string, relative: string): string {
    const absolute = path.join(root, ...relative.split('/').filter(Boolean));
    return this.openDocument(absolute)?.uri ?? pathToFileURL(absolute).href;
  }

  private openDocument(absolute: string): TextDocument | undefined {
    return this.documents.all().find((d) => d.uri.startsWith('file:') && fileURLToPath(d.uri) === absolute);
  }

  /** URI, version (null when not open) and text of a project file, for positions of the edits. */
  private documentAt(root: string, relative: string, files: ProjectFiles): { uri: string; version: number | null; text: TextDocument } {
    const absolute = path.join(root, ...relative.split('/').filter(Boolean));
    const open = this.openDocument(absolute);
    if (open) return { uri: open.uri, version: open.version, text: open };
    const uri = pathToFileURL(absolute).href;
    return { uri, version: null, text: TextDocument.create(uri, 'plaintext', 0, files.read(relative) ?? '') };
  }
}

function toRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * `pinHygiene/sdkInitPlan`: the plan for the project of `uri`; without `uri`, or when that file
 * belongs to no project, the plans of every project in the workspace folders.
 */
export function registerSdkInitRequests(connection: Connection, service: SdkInitService, settings: SettingsStore, workspaceFolders: () => readonly string[]): void {
  connection.onRequest(SDK_INIT_PLAN, async (params: SdkInitPlanParams): Promise<SdkInitPlanResult> => {
    service.invalidate();
    const uri = typeof params?.uri === 'string' && params.uri.startsWith('file:') ? params.uri : undefined;
    const options = (await settings.forDocument(uri ?? workspaceFolders()[0] ?? '')).sdk;
    const planned = uri ? service.planFor(uri, options) : undefined;
    const plans = planned ? [planned] : service.plansForWorkspace(options);
    return { plans: plans.map((p) => service.summary(p)) };
  });
}

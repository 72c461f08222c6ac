/** The .NET MAUI plan: initialise in MauiProgram.CreateMauiApp(), and the ApproovService package in the .csproj. */
import { permissionEdits, readManifest } from '../dependencies/android-manifest';
import { csprojEdit, MAUI_PACKAGE } from '../dependencies/csproj';
import { hasCreateMauiApp, mauiAlreadyInitialised, mauiInitEdits } from '../entry/maui-program';
import { configNote, resolveConfigString, resolveVersion, versionNote, type SdkInitOptions } from '../options';
import { baseName, findFiles, joinPath } from '../project-files';
import type { FileChange, ProjectFiles, SdkInitPlan, SdkProject } from '../types';

function findMauiProgram(files: ProjectFiles, dir: string): { path: string; text: string } | undefined {
  const direct = files.read(joinPath(dir, 'MauiProgram.cs'));
  if (direct !== undefined && hasCreateMauiApp(direct)) return { path: joinPath(dir, 'MauiProgram.cs'), text: direct };
  for (const path of findFiles(files, dir, (name) => name.endsWith('.cs'), { maxFiles: 3000, maxDepth: 4 })) {
    const text = files.read(path);
    if (text && /CreateMauiApp/.test(text) && hasCreateMauiApp(text)) return { path, text };
  }
  return undefined;
}

export function planMaui(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  const dir = project.dir;
  const notes: string[] = [];
  const changes: FileChange[] = [];
  const plan = (status: SdkInitPlan['status'], entryFile?: string): SdkInitPlan => ({ project, status, entryFile, changes, notes });
  const program = findMauiProgram(files, dir);
  if (!program) {
    notes.push(`No MauiProgram.CreateMauiApp() found in ${dir || 'the project'}.`);
    return plan('no-entry-point');
  }
  if (mauiAlreadyInitialised(program.text)) {
    notes.push(`${program.path} already initialises the Approov SDK.`);
    return plan('already-initialised', program.path);
  }
  const config = resolveConfigString(options);
  const result = mauiInitEdits(program.text, `"${config.value}"`);
  if ('reason' in result) {
    notes.push(`Could not place the initialisation in ${program.path}: ${result.reason}.`);
    return plan('no-entry-point', program.path);
  }
  changes.push({ path: program.path, edits: result.edits, description: `Initialise the Approov SDK in ${baseName(program.path)} (CreateMauiApp)` });

  const csproj = files.list(dir).find((e) => !e.isDirectory && e.name.endsWith('.csproj'));
  if (csproj) {
    const path = joinPath(dir, csproj.name);
    const version = resolveVersion(options, 'maui');
    const dependency = csprojEdit(files.read(path) ?? '', version.value);
    if ('reason' in dependency) notes.push(`Add the ${MAUI_PACKAGE} NuGet package to ${path} yourself: ${dependency.reason}.`);
    else if (dependency.edit) {
      changes.push({ path, edits: [dependency.edit], description: `Add the ${MAUI_PACKAGE} NuGet package` });
      if (version.placeholder) notes.push(versionNote('maui', path, options));
    }
  }
  const manifestPath = joinPath(dir, 'Platforms/Android/AndroidManifest.xml');
  const manifestText = files.read(manifestPath);
  const manifest = manifestText !== undefined ? readManifest(manifestText) : undefined;
  const permissions = manifestText !== undefined && manifest ? permissionEdits(manifestText, manifest) : undefined;
  if (permissions?.edit) {
    changes.push({ path: manifestPath, edits: [permissions.edit], description: `AndroidManifest.xml: add ${permissions.added.map((p) => p.replace('android.permission.', '')).join(' and ')}` });
  }
  if (config.placeholder) notes.push(configNote(program.path, options));
  return plan('ready', program.path);
}

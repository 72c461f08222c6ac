/**
 * The React Native plan: the root component (registered in index.js, or Expo's App) wrapped in
 * `ApproovProvider`, and the package in package.json.
 */
import { packageJsonEdit } from '../dependencies/package-json';
import {
  allowsJsx,
  defaultExportName,
  importOf,
  jsLanguageOf,
  RN_PACKAGE,
  rnAlreadyInitialised,
  rootRegistration,
  wrapComponentEdits,
  wrapRegistrationEdits,
  type Registration,
} from '../entry/react-native-root';
import { configNote, resolveConfigString, resolveVersion, versionNote, type SdkInitOptions } from '../options';
import { baseName, firstExisting, joinPath, parentPath } from '../project-files';
import type { FileChange, ProjectFiles, SdkInitPlan, SdkProject } from '../types';

const SCRIPT_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];

/** A relative module specifier resolved to a file, as Metro does (extensions, then index files). */
function resolveModule(files: ProjectFiles, fromFile: string, specifier: string): { path: string; text: string } | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const parts = [...parentPath(fromFile).split('/').filter(Boolean)];
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const base = parts.join('/');
  return firstExisting(files, [base, ...SCRIPT_EXTENSIONS.map((e) => base + e), ...SCRIPT_EXTENSIONS.map((e) => `${base}/index${e}`)]);
}

interface Root {
  /** The file that registers the root component, when there is one. */
  index?: { path: string; text: string; registration: Registration };
  /** The file defining the root component, and its name there. */
  component?: { path: string; text: string; name: string };
}

function findRoot(files: ProjectFiles, dir: string): Root {
  const manifest = files.read(joinPath(dir, 'package.json')) ?? '{}';
  let main: string | undefined;
  try {
    main = (JSON.parse(manifest) as { main?: unknown }).main as string | undefined;
  } catch {
    main = undefined;
  }
  const candidates = ['index.js', 'index.tsx', 'index.ts', 'index.jsx'].map((n) => joinPath(dir, n));
  if (typeof main === 'string' && !main.includes('expo/AppEntry')) candidates.unshift(joinPath(dir, main.replace(/^\.\//, '')));
  for (const path of candidates) {
    const text = files.read(path);
    if (text === undefined) continue;
    const registration = rootRegistration(text, jsLanguageOf(path));
    if (!registration) continue;
    const index = { path, text, registration };
    const imported = importOf(text, registration.component);
    if (!imported) return { index, component: { path, text, name: registration.component } };
    const target = resolveModule(files, path, imported.source);
    if (!target) return { index };
    const name = imported.isDefault ? defaultExportName(target.text, jsLanguageOf(target.path)) : registration.component;
    return { index, component: name ? { ...target, name } : undefined };
  }
  // Expo's default entry registers the default export of App.
  const app = firstExisting(files, ['App.tsx', 'App.js', 'App.jsx', 'src/App.tsx', 'src/App.js'].map((n) => joinPath(dir, n)));
  const name = app ? defaultExportName(app.text, jsLanguageOf(app.path)) : undefined;
  return { component: app && name ? { ...app, name } : undefined };
}

export function planReactNative(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  const dir = project.dir;
  const notes: string[] = [];
  const changes: FileChange[] = [];
  const plan = (status: SdkInitPlan['status'], entryFile?: string): SdkInitPlan => ({ project, status, entryFile, changes, notes });
  const root = findRoot(files, dir);
  if (!root.index && !root.component) {
    notes.push(`No root component found in ${dir || 'the project'}: no AppRegistry.registerComponent in index.js and no App.tsx/App.js with a default export.`);
    return plan('no-entry-point');
  }
  for (const file of [root.index, root.component]) {
    if (file && rnAlreadyInitialised(file.text, jsLanguageOf(file.path))) {
      notes.push(`${file.path} already sets up Approov (ApproovProvider).`);
      return plan('already-initialised', file.path);
    }
  }
  const config = resolveConfigString(options);
  const attribute = `"${config.value}"`;
  let entryPath: string | undefined;
  const reasons: string[] = [];
  if (root.component && allowsJsx(root.component.path)) {
    const result = wrapComponentEdits(root.component.text, jsLanguageOf(root.component.path), root.component.name, attribute);
    if ('edits' in result) {
      entryPath = root.component.path;
      changes.push({ path: entryPath, edits: result.edits, description: `Wrap ${root.component.name} in ApproovProvider (${baseName(entryPath)})` });
    } else reasons.push(`${root.component.path}: ${result.reason}`);
  }
  if (!entryPath && root.index && allowsJsx(root.index.path)) {
    const result = wrapRegistrationEdits(root.index.text, jsLanguageOf(root.index.path), root.index.registration, attribute);
    if ('edits' in result) {
      entryPath = root.index.path;
      changes.push({ path: entryPath, edits: result.edits, description: `Register ${root.index.registration.component} wrapped in ApproovProvider (${baseName(entryPath)})` });
    } else reasons.push(`${root.index.path}: ${result.reason}`);
  }
  if (!entryPath) {
    notes.push(`Could not wrap the root component in ApproovProvider (${reasons.join('; ') || 'the files are .ts, which cannot hold JSX'}). Wrap it yourself: <ApproovProvider config="${config.value}">…</ApproovProvider>.`);
    return plan('no-entry-point', root.component?.path ?? root.index?.path);
  }

  const packagePath = joinPath(dir, 'package.json');
  const version = resolveVersion(options, 'reactNative');
  const dependency = packageJsonEdit(files.read(packagePath) ?? '{}', RN_PACKAGE, `^${version.value}`);
  if ('reason' in dependency) notes.push(`Add ${RN_PACKAGE} to ${packagePath} yourself: ${dependency.reason}.`);
  else if (dependency.edit) {
    changes.push({ path: packagePath, edits: [dependency.edit], description: `Add the ${RN_PACKAGE} package` });
    if (version.placeholder) notes.push(versionNote('reactNative', packagePath, options));
  }
  notes.push('Run `npm install` (or `yarn`), then `pod install` in ios/.');
  if (config.placeholder) notes.push(configNote(entryPath, options));
  return plan('ready', entryPath);
}

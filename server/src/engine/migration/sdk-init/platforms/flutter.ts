/**
 * The Flutter plan: initialise in `main()` of lib/main.dart (or of each lib/main_<flavour>.dart when
 * there is no lib/main.dart), the package in pubspec.yaml, and the permissions in the Android manifest.
 */
import { permissionEdits, readManifest } from '../dependencies/android-manifest';
import { FLUTTER_PACKAGE, pubspecEdit } from '../dependencies/pubspec';
import { dartAlreadyInitialised, dartInitEdits, hasDartMain } from '../entry/dart-main';
import { configNote, resolveConfigString, resolveVersion, versionNote, type SdkInitOptions } from '../options';
import { baseName, joinPath } from '../project-files';
import type { FileChange, ProjectFiles, SdkInitPlan, SdkProject } from '../types';

function mainFiles(files: ProjectFiles, dir: string): { path: string; text: string }[] {
  const lib = joinPath(dir, 'lib');
  const main = files.read(joinPath(lib, 'main.dart'));
  if (main !== undefined && hasDartMain(main)) return [{ path: joinPath(lib, 'main.dart'), text: main }];
  return files
    .list(lib)
    .filter((e) => !e.isDirectory && /^main_\w+\.dart$/.test(e.name))
    .map((e) => ({ path: joinPath(lib, e.name), text: files.read(joinPath(lib, e.name)) ?? '' }))
    .filter((f) => hasDartMain(f.text))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function planFlutter(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  const dir = project.dir;
  const notes: string[] = [];
  const changes: FileChange[] = [];
  const plan = (status: SdkInitPlan['status'], entryFile?: string): SdkInitPlan => ({ project, status, entryFile, changes, notes });
  const mains = mainFiles(files, dir);
  if (mains.length === 0) {
    notes.push(`No main() in ${joinPath(dir, 'lib/main.dart')} or lib/main_<flavour>.dart.`);
    return plan('no-entry-point');
  }
  const pending = mains.filter((m) => !dartAlreadyInitialised(m.text));
  if (pending.length === 0) {
    notes.push(`${mains.map((m) => m.path).join(', ')} already initialise${mains.length === 1 ? 's' : ''} the Approov SDK.`);
    return plan('already-initialised', mains[0].path);
  }
  const config = resolveConfigString(options);
  for (const main of pending) {
    const result = dartInitEdits(main.text, `'${config.value}'`);
    if ('reason' in result) {
      notes.push(`Could not place the initialisation in ${main.path}: ${result.reason}.`);
      return plan('no-entry-point', main.path);
    }
    changes.push({ path: main.path, edits: result.edits, description: `Initialise the Approov SDK in ${baseName(main.path)} (main)` });
  }
  if (pending.length > 1) notes.push(`Every flavour's main() gets the same config string (the SDK requires one config per app): ${pending.map((m) => m.path).join(', ')}.`);

  const pubspecPath = joinPath(dir, 'pubspec.yaml');
  const pubspec = files.read(pubspecPath) ?? '';
  const version = resolveVersion(options, 'flutter');
  const dependency = pubspecEdit(pubspec, version.value);
  if ('reason' in dependency) notes.push(`Add ${FLUTTER_PACKAGE} to ${pubspecPath} yourself: ${dependency.reason}.`);
  else if (dependency.edit) {
    changes.push({ path: pubspecPath, edits: [dependency.edit], description: `Add the ${FLUTTER_PACKAGE} package` });
    if (version.placeholder) notes.push(versionNote('flutter', pubspecPath, options));
  }

  const manifestPath = joinPath(dir, 'android/app/src/main/AndroidManifest.xml');
  const manifestText = files.read(manifestPath);
  const manifest = manifestText !== undefined ? readManifest(manifestText) : undefined;
  if (manifestText !== undefined && manifest) {
    const permissions = permissionEdits(manifestText, manifest);
    if (permissions.edit) {
      changes.push({ path: manifestPath, edits: [permissions.edit], description: `AndroidManifest.xml: add ${permissions.added.map((p) => p.replace('android.permission.', '')).join(' and ')}` });
    }
  }
  notes.push('Run `flutter pub get`, and `pod install` in ios/.');
  if (config.placeholder) notes.push(configNote(pending.map((m) => m.path).join(', '), options));
  return plan('ready', pending[0].path);
}

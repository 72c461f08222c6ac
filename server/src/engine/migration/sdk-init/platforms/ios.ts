/**
 * The iOS plan: initialise at the Swift app entry (SwiftUI `App` init or the app delegate's
 * didFinishLaunching), and the pod in the Podfile, or a note for Swift Package Manager.
 * Alamofire apps get the Alamofire service layer (module ApproovAFSession), others ApproovURLSession.
 */
import { podfileEdit } from '../dependencies/podfile';
import { swiftAlreadyInitialised, swiftEntryOf, swiftInitEdits, type SwiftEntryKind } from '../entry/swift-app-entry';
import { configNote, resolveConfigString, resolveVersion, versionNote, versionSettingName, type SdkArtifact, type SdkInitOptions } from '../options';
import { baseName, findFiles, joinPath } from '../project-files';
import type { FileChange, ProjectFiles, SdkInitPlan, SdkProject } from '../types';

const LAYERS: Record<'urlsession' | 'alamofire', { artifact: SdkArtifact; module: string; pod: string; git: string }> = {
  urlsession: { artifact: 'urlsession', module: 'ApproovURLSession', pod: 'ApproovURLSession', git: 'https://github.com/approov/approov-service-urlsession.git' },
  alamofire: { artifact: 'alamofire', module: 'ApproovAFSession', pod: 'ApproovSession', git: 'https://github.com/approov/approov-service-alamofire.git' },
};

/** Files read looking for the entry, at most (names that look like an entry are read first). */
const MAX_SWIFT_FILES = 10000;

interface SwiftEntry {
  path: string;
  text: string;
  kind: SwiftEntryKind;
}

/** The app entry: a SwiftUI `@main` App first, else an app delegate; test folders are left out. */
function findSwiftEntry(files: ProjectFiles, dir: string): SwiftEntry | undefined {
  const swift = findFiles(files, dir, (name, path) => name.endsWith('.swift') && !/Tests?\//.test(path), { maxFiles: 20000 });
  const likely = (path: string): boolean => /(?:App|AppDelegate|main)\.swift$/.test(baseName(path));
  const ordered = [...swift.filter(likely), ...swift.filter((p) => !likely(p))].slice(0, MAX_SWIFT_FILES);
  let delegate: SwiftEntry | undefined;
  for (const path of ordered) {
    const text = files.read(path);
    if (!text || !/@main|@UIApplicationMain|UIApplicationDelegate/.test(text)) continue;
    const entry = swiftEntryOf(text);
    if (entry?.kind === 'swiftui-app') return { path, text, kind: entry.kind };
    if (entry && !delegate) delegate = { path, text, kind: entry.kind };
  }
  return delegate;
}

function usesAlamofire(files: ProjectFiles, dir: string, entryText: string): boolean {
  const manifests = [joinPath(dir, 'Podfile'), joinPath(dir, 'Package.swift'), joinPath(dir, 'Cartfile')].map((p) => files.read(p) ?? '');
  const projects = files
    .list(dir)
    .filter((e) => e.isDirectory && e.name.endsWith('.xcodeproj'))
    .map((e) => files.read(joinPath(dir, `${e.name}/project.pbxproj`)) ?? '');
  return [...manifests, ...projects].some((t) => /\bAlamofire\b/.test(t)) || /^[ \t]*import[ \t]+Alamofire\b/m.test(entryText);
}

export function planIos(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  const dir = project.dir;
  const notes: string[] = [];
  const changes: FileChange[] = [];
  const plan = (status: SdkInitPlan['status'], entryFile?: string): SdkInitPlan => ({ project, status, entryFile, changes, notes });
  const entry = findSwiftEntry(files, dir);
  if (!entry) {
    notes.push(`No Swift app entry (@main App, app delegate) found in ${dir || 'the project'}. Objective-C apps need the approov-service-nsurlsession layer, which this action does not set up.`);
    return plan('no-entry-point');
  }
  if (swiftAlreadyInitialised(entry.text)) {
    notes.push(`${entry.path} already initialises the Approov SDK.`);
    return plan('already-initialised', entry.path);
  }
  const layer = LAYERS[usesAlamofire(files, dir, entry.text) ? 'alamofire' : 'urlsession'];
  const config = resolveConfigString(options);
  const result = swiftInitEdits(entry.text, layer.module, `"${config.value}"`);
  if ('reason' in result) {
    notes.push(`Could not place the initialisation in ${entry.path}: ${result.reason}.`);
    return plan('no-entry-point', entry.path);
  }
  const where = entry.kind === 'swiftui-app' ? 'App init()' : 'application(_:didFinishLaunchingWithOptions:)';
  changes.push({ path: entry.path, edits: result.edits, description: `Initialise the Approov SDK in ${baseName(entry.path)} (${where})` });

  const version = resolveVersion(options, layer.artifact);
  const podfilePath = joinPath(dir, 'Podfile');
  const podfile = files.read(podfilePath);
  if (podfile !== undefined) {
    const edit = podfileEdit(podfile, { name: layer.pod, git: layer.git, tag: version.value });
    if (edit) {
      changes.push({ path: podfilePath, edits: [edit], description: `Add the ${layer.pod} pod` });
      notes.push('Run `pod install` afterwards.');
      if (version.placeholder) notes.push(versionNote(layer.artifact, podfilePath, options));
    }
  } else {
    const pinned = version.placeholder ? `at the current release (set ${versionSettingName(layer.artifact)} to have it named here)` : `version ${version.value}`;
    notes.push(`Swift Package Manager: add the package ${layer.git} (product ${layer.module}), ${pinned}, to the app target (Xcode: File › Add Package Dependencies…).`);
  }
  if (config.placeholder) notes.push(configNote(entry.path, options));
  return plan('ready', entry.path);
}

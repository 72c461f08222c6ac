/**
 * Which project a file belongs to, and of which platform: the nearest folder, from the file upwards,
 * that holds a platform's marker (pubspec.yaml, a React Native package.json, a MAUI .csproj, an
 * Android application module's build.gradle, a Podfile / .xcodeproj / Package.swift).
 */
import { isSkippedFolder, joinPath, parentPath } from './project-files';
import type { ProjectFiles, SdkPlatform, SdkProject } from './types';

const MAX_CLIMB = 16;

/** An application module's build file: applies the Android application plugin (a root build declaring it `apply false` does not). */
export function isAndroidAppBuild(text: string): boolean {
  return text.split('\n').some((line) => (/com\.android\.application|plugins\.android\.application/.test(line) && !/\bapply\s*\(?\s*false/.test(line)) || /^\s*applicationId\b/.test(line));
}

function gradleBuild(files: ProjectFiles, dir: string): string | undefined {
  return files.read(joinPath(dir, 'build.gradle.kts')) ?? files.read(joinPath(dir, 'build.gradle'));
}

/** The platform whose marker is in `dir` itself, and the project folder (an app module for Gradle roots). */
function projectAt(files: ProjectFiles, dir: string): SdkProject | undefined {
  const entries = files.list(dir);
  if (entries.length === 0) return undefined;
  const names = new Set(entries.map((e) => e.name));
  const at = (platform: SdkPlatform, projectDir = dir): SdkProject => ({ platform, dir: projectDir });
  if (names.has('pubspec.yaml') && /\bflutter\b/.test(files.read(joinPath(dir, 'pubspec.yaml')) ?? '')) return at('flutter');
  if (names.has('package.json') && /"react-native"\s*:/.test(files.read(joinPath(dir, 'package.json')) ?? '')) return at('react-native');
  for (const entry of entries) {
    if (!entry.isDirectory && entry.name.endsWith('.csproj') && /<UseMaui>\s*true|Microsoft\.Maui/i.test(files.read(joinPath(dir, entry.name)) ?? '')) return at('maui');
  }
  const build = gradleBuild(files, dir);
  if (build !== undefined && isAndroidAppBuild(build)) return at('android');
  if (names.has('settings.gradle') || names.has('settings.gradle.kts')) {
    const module = androidAppModule(files, dir);
    if (module !== undefined) return at('android', module);
  }
  if (names.has('Podfile') || names.has('Package.swift') || entries.some((e) => e.isDirectory && e.name.endsWith('.xcodeproj'))) return at('ios');
  return undefined;
}

/** The application module of a Gradle build rooted at `root`: `app` when it is one, else the first included module that is. */
function androidAppModule(files: ProjectFiles, root: string): string | undefined {
  const settings = files.read(joinPath(root, 'settings.gradle.kts')) ?? files.read(joinPath(root, 'settings.gradle')) ?? '';
  const included = [...settings.matchAll(/['"]:([\w\-:]+)['"]/g)].map((m) => m[1].replace(/:/g, '/'));
  for (const module of ['app', ...included.filter((m) => m !== 'app')]) {
    const build = gradleBuild(files, joinPath(root, module));
    if (build !== undefined && isAndroidAppBuild(build)) return joinPath(root, module);
  }
  return undefined;
}

/** The project that `path` (a file, relative to the workspace folder) belongs to. */
export function locateProject(files: ProjectFiles, path: string): SdkProject | undefined {
  let dir = parentPath(path);
  for (let i = 0; i < MAX_CLIMB; i++) {
    const project = projectAt(files, dir);
    if (project) return project;
    if (dir === '') return undefined;
    dir = parentPath(dir);
  }
  return undefined;
}

/** Every project in the workspace folder, shallowest first; a project's own subfolders are not searched. */
export function findProjects(files: ProjectFiles, maxDepth = 4): SdkProject[] {
  const projects: SdkProject[] = [];
  let level = [''];
  for (let depth = 0; depth <= maxDepth && level.length > 0 && projects.length < 20; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const project = projectAt(files, dir);
      if (project) {
        projects.push(project);
        continue;
      }
      for (const entry of files.list(dir)) {
        if (entry.isDirectory && !isSkippedFolder(entry.name)) next.push(joinPath(dir, entry.name));
      }
    }
    level = next.sort();
  }
  return projects;
}

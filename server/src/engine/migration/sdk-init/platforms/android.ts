/**
 * The Android plan: initialise in the Application class the manifest names (a new one when it names
 * none), the permissions in the manifest, the service layer's dependency in the app module's
 * build.gradle(.kts).
 */
import { applicationInitEdits, androidAlreadyInitialised, findApplicationClass, importedServiceClass, newApplicationFile, type JvmLanguage } from '../entry/android-application';
import { permissionEdits, qualifiedClassName, readManifest, registerApplicationEdit, type ManifestInfo } from '../dependencies/android-manifest';
import { gradleDependencyEdit, gradleDslOf } from '../dependencies/gradle';
import { configNote, resolveConfigString, resolveVersion, versionNote, type SdkArtifact, type SdkInitOptions } from '../options';
import { baseName, exists, findFiles, firstExisting, joinPath } from '../project-files';
import type { FileChange, ProjectFiles, SdkInitPlan, SdkProject } from '../types';

/** Android service layers: Maven artifact and the package of their `ApproovService`. */
const LAYERS: Record<'okhttp' | 'retrofit' | 'volley' | 'httpsurlconn', { artifact: SdkArtifact; coordinate: string; serviceClass: string }> = {
  okhttp: { artifact: 'okhttp', coordinate: 'io.approov:service.okhttp', serviceClass: 'io.approov.service.okhttp.ApproovService' },
  retrofit: { artifact: 'retrofit', coordinate: 'io.approov:service.retrofit', serviceClass: 'io.approov.service.retrofit.ApproovService' },
  volley: { artifact: 'volley', coordinate: 'io.approov:service.volley', serviceClass: 'io.approov.service.volley.ApproovService' },
  httpsurlconn: { artifact: 'httpsurlconn', coordinate: 'io.approov:service.httpsurlconn', serviceClass: 'io.approov.service.httpsurlconn.ApproovService' },
};
type LayerName = keyof typeof LAYERS;

const SOURCE_ROOTS = ['src/main/java', 'src/main/kotlin'];
const NEW_CLASS_NAMES = ['MainApplication', 'ApproovApplication'];

/** The layer the app's HTTP stack needs: Retrofit or Volley when the module uses them, else OkHttp. */
function layerFor(gradle: string | undefined, entryText: string | undefined, entryLanguage: JvmLanguage | undefined): LayerName {
  const imported = entryText && entryLanguage ? importedServiceClass(entryText, entryLanguage) : undefined;
  const importedLayer = imported ? /^io\.approov\.service\.(\w+)\./.exec(imported)?.[1] : undefined;
  if (importedLayer && importedLayer in LAYERS) return importedLayer as LayerName;
  if (gradle && /com\.squareup\.retrofit2|\bretrofit\b/i.test(gradle)) return 'retrofit';
  if (gradle && /com\.android\.volley|\bvolley\b/i.test(gradle)) return 'volley';
  return 'okhttp';
}

function languageOf(path: string): JvmLanguage {
  return path.endsWith('.java') ? 'java' : 'kotlin';
}

/** The module's namespace: Gradle `namespace`, else the manifest's `package`, else `applicationId`. */
function namespaceOf(gradle: string | undefined, manifest: ManifestInfo | undefined): string | undefined {
  const declared = gradle ? /\bnamespace\s*=?\s*['"]([\w.]+)['"]/.exec(gradle)?.[1] : undefined;
  return declared ?? manifest?.packageName ?? (gradle ? /\bapplicationId\s*=?\s*['"]([\w.]+)['"]/.exec(gradle)?.[1] : undefined);
}

interface EntrySource {
  path: string;
  text: string;
  className?: string;
}

/** The source file of the class `qualifiedName`: by its package path first, else by a bounded search for `class Name`. */
function sourceOfClass(files: ProjectFiles, moduleDir: string, qualifiedName: string): EntrySource | undefined {
  const simple = qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
  const packagePath = qualifiedName.slice(0, Math.max(0, qualifiedName.lastIndexOf('.'))).replace(/\./g, '/');
  const direct = firstExisting(
    files,
    SOURCE_ROOTS.flatMap((root) => ['kt', 'java'].map((ext) => joinPath(joinPath(moduleDir, root), `${packagePath ? packagePath + '/' : ''}${simple}.${ext}`))),
  );
  if (direct) return { ...direct, className: simple };
  for (const root of SOURCE_ROOTS) {
    for (const path of findFiles(files, joinPath(moduleDir, root), (name) => /\.(kt|java)$/.test(name), { maxFiles: 3000 })) {
      const text = files.read(path);
      if (text && findApplicationClass(text, languageOf(path), simple)) return { path, text, className: simple };
    }
  }
  return undefined;
}

/** Without a manifest: the one source file declaring an Application subclass. */
function searchApplicationSubclass(files: ProjectFiles, moduleDir: string): EntrySource | undefined {
  for (const root of SOURCE_ROOTS) {
    for (const path of findFiles(files, joinPath(moduleDir, root), (name) => /\.(kt|java)$/.test(name), { maxFiles: 3000 })) {
      const text = files.read(path);
      if (text && /Application\b/.test(text) && findApplicationClass(text, languageOf(path))) return { path, text };
    }
  }
  return undefined;
}

function usesKotlin(files: ProjectFiles, moduleDir: string, gradle: string | undefined): boolean {
  if (gradle && /kotlin\(\s*["']android["']\s*\)|org\.jetbrains\.kotlin\.android|kotlin-android|libs\.plugins\.kotlin\.android/.test(gradle)) return true;
  return SOURCE_ROOTS.some((root) => findFiles(files, joinPath(moduleDir, root), (name) => name.endsWith('.kt'), { maxFiles: 2000 }).length > 0);
}

export function planAndroid(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  const dir = project.dir;
  const gradleFile = firstExisting(files, [joinPath(dir, 'build.gradle.kts'), joinPath(dir, 'build.gradle')]);
  const manifestFile = firstExisting(files, [joinPath(dir, 'src/main/AndroidManifest.xml'), joinPath(dir, 'AndroidManifest.xml')]);
  const manifest = manifestFile ? readManifest(manifestFile.text) : undefined;
  const namespace = namespaceOf(gradleFile?.text, manifest);
  const config = resolveConfigString(options);
  const literal = `"${config.value}"`;
  const notes: string[] = [];
  const changes: FileChange[] = [];
  const plan = (status: SdkInitPlan['status'], entryFile?: string): SdkInitPlan => ({ project, status, entryFile, changes, notes });

  let entry: EntrySource | undefined;
  let registerAs: string | undefined;
  if (manifest?.applicationName) {
    const qualified = qualifiedClassName(manifest.applicationName, namespace);
    entry = sourceOfClass(files, dir, qualified);
    if (!entry) {
      notes.push(`The manifest names the Application class ${qualified}, but its source is not in ${dir || 'this module'} (a library or generated class?). Call ApproovService.initialize(…) in its onCreate yourself.`);
      return plan('no-entry-point');
    }
  } else if (!manifest) {
    entry = searchApplicationSubclass(files, dir);
    if (!entry) {
      notes.push(`No AndroidManifest.xml and no Application subclass found in ${dir || 'the module'}.`);
      return plan('no-entry-point');
    }
  }

  if (entry && androidAlreadyInitialised(entry.text, languageOf(entry.path))) {
    notes.push(`${entry.path} already initialises the Approov SDK.`);
    return plan('already-initialised', entry.path);
  }

  const layer = LAYERS[layerFor(gradleFile?.text, entry?.text, entry ? languageOf(entry.path) : undefined)];
  let entryPath: string;
  if (entry) {
    const language = languageOf(entry.path);
    const result = applicationInitEdits(entry.text, language, entry.className, layer.serviceClass, literal);
    if ('reason' in result) {
      notes.push(`Could not place the initialisation in ${entry.path}: ${result.reason}.`);
      return plan('no-entry-point', entry.path);
    }
    entryPath = entry.path;
    changes.push({ path: entry.path, edits: result.edits, description: `Initialise the Approov SDK in ${baseName(entry.path)} (onCreate)` });
  } else {
    // The manifest names no Application class: add one and register it.
    if (!namespace) {
      notes.push('The manifest names no Application class and the module has no namespace/package to create one in.');
      return plan('no-entry-point');
    }
    const language: JvmLanguage = usesKotlin(files, dir, gradleFile?.text) ? 'kotlin' : 'java';
    const packagePath = namespace.replace(/\./g, '/');
    const root = language === 'kotlin' && files.list(joinPath(dir, 'src/main/kotlin')).length > 0 ? 'src/main/kotlin' : 'src/main/java';
    const folder = joinPath(joinPath(dir, root), packagePath);
    const className = NEW_CLASS_NAMES.find((name) => !exists(files, joinPath(folder, `${name}.kt`)) && !exists(files, joinPath(folder, `${name}.java`)));
    if (!className) {
      notes.push(`The manifest names no Application class, and ${folder} already has files named ${NEW_CLASS_NAMES.join(' and ')}.`);
      return plan('no-entry-point');
    }
    entryPath = joinPath(folder, `${className}.${language === 'kotlin' ? 'kt' : 'java'}`);
    changes.push({
      path: entryPath,
      create: true,
      edits: [{ start: 0, end: 0, newText: newApplicationFile(language, namespace, className, layer.serviceClass, literal) }],
      description: `Create ${className}, an Application class that initialises the Approov SDK`,
    });
    registerAs = `.${className}`;
  }

  if (manifestFile && manifest) {
    const edits = [];
    if (registerAs) {
      const register = registerApplicationEdit(manifestFile.text, manifest, registerAs);
      if (register) edits.push(register);
    }
    const permissions = permissionEdits(manifestFile.text, manifest);
    if (permissions.edit) edits.push(permissions.edit);
    if (edits.length > 0) {
      const what = [registerAs ? `register ${registerAs.slice(1)}` : '', permissions.added.length ? `add ${permissions.added.map((p) => p.replace('android.permission.', '')).join(' and ')}` : '']
        .filter(Boolean)
        .join(', ');
      changes.push({ path: manifestFile.path, edits, description: `AndroidManifest.xml: ${what}` });
    }
  }

  if (gradleFile) {
    const version = resolveVersion(options, layer.artifact);
    const edit = gradleDependencyEdit(gradleFile.text, gradleDslOf(gradleFile.path), `${layer.coordinate}:${version.value}`);
    if (edit) {
      changes.push({ path: gradleFile.path, edits: [edit], description: `Add the ${layer.coordinate} dependency` });
      if (version.placeholder) notes.push(versionNote(layer.artifact, gradleFile.path, options));
    }
  } else {
    notes.push(`No build.gradle(.kts) in ${dir || 'the module'}: add implementation("${layer.coordinate}:<version>") to the app module yourself.`);
  }
  if (config.placeholder) notes.push(configNote(entryPath, options));
  return plan('ready', entryPath);
}

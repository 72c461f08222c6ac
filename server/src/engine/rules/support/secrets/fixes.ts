/**
 * Quick fixes for an embedded secret, by where it sits:
 * - a string literal in app code → fetch it at runtime from the dynamic SDK
 *   (`ApproovService.fetchSecureString`), or leave its name as a placeholder the SDK substitutes in
 *   a header; both need the value registered once with `approov secstrings` (the command is shown
 *   without the value);
 *   (runtime-fetch.ts writes the fetch so the result compiles where the literal sits);
 * - Gradle `buildConfigField`/`resValue`, `gradle.properties`, `.env`, Info.plist, manifest `meta-data`,
 *   `res/values` strings → move the value to a git-ignored local file (`local.properties`, `.env.local`,
 *   `Secrets.xcconfig`) and read it from there.
 * JSON and YAML configs get no fix: they have no standard way to read a value from another file.
 */
import type { Fix } from '../../../findings';
import type { CodeLanguage, FileKind } from '../../../languages';
import { removalEdit } from '../../../fixes/text-ranges';
import { runtimeFetchEdits } from './runtime-fetch';
import type { SecretSite } from './sites';

export interface SecretFixInput {
  kind: FileKind;
  path: string;
  text: string;
  /** Masked code text, for code kinds (to find declaration modifiers outside strings and comments). */
  masked?: string;
  site: SecretSite;
  /** The secret as written. */
  secret: string;
  /** Placeholder when the site has no usable name. */
  defaultName: string;
}

export function secretFixes(input: SecretFixInput): Fix[] {
  const { site } = input;
  switch (site.shape) {
    case 'code-string':
      return runtimeSecretFixes(input);
    case 'gradle-field':
      return [gradleLocalPropertiesFix(input)];
    case 'properties':
      return baseName(input.path) === 'gradle.properties' ? [moveLineFix(input, 'local.properties')] : [];
    case 'env':
      return [moveLineFix(input, '.env.local')];
    case 'plist-string':
      return baseName(input.path) === 'GoogleService-Info.plist' ? [] : [xcconfigFix(input)];
    case 'xml-attribute':
      return isManifestMetaData(input) ? [manifestPlaceholderFix(input)] : [];
    case 'xml-text':
      return isStringResource(input) ? [stringResourceFix(input)] : [];
    default:
      return [];
  }
}

/** The Approov secure-string key: the name as written, limited to characters the CLI takes. */
export function placeholderName(site: SecretSite, defaultName: string): string {
  const name = (site.name ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[._-]+|[._-]+$/g, '');
  return name.length >= 2 && name.length <= 64 ? name : defaultName;
}

export function registrationCommand(name: string): string {
  return `approov secstrings -addKey ${name} -predefinedValue <the key's value>`;
}

/** The call that registers the header Approov substitutes the placeholder in, per platform. */
const SUBSTITUTION_HEADER: Partial<Record<CodeLanguage, string>> = {
  java: 'ApproovService.addSubstitutionHeader("<header>", null)',
  kotlin: 'ApproovService.addSubstitutionHeader("<header>", null)',
  swift: 'ApproovService.addSubstitutionHeader(header: "<header>", prefix: nil)',
  dart: 'ApproovService.addSubstitutionHeader("<header>", null)',
  javascript: 'ApproovService.addSubstitutionHeader("<header>", "")',
  typescript: 'ApproovService.addSubstitutionHeader("<header>", "")',
  csharp: 'ApproovService.AddSubstitutionHeader("<header>", null)',
};

function runtimeSecretFixes(input: SecretFixInput): Fix[] {
  const language = input.kind as CodeLanguage;
  const substitutionHeader = SUBSTITUTION_HEADER[language];
  if (!substitutionHeader || input.masked === undefined) return [];
  const { site } = input;
  const name = placeholderName(site, input.defaultName);
  const register = registrationCommand(name);
  const fixes: Fix[] = [];
  const fetchEdits = runtimeFetchEdits({ language, text: input.text, masked: input.masked, site, name });
  if (fetchEdits) {
    fixes.push({
      title: `Fetch "${name}" at runtime with ApproovService.fetchSecureString (then register it: ${register})`,
      edits: fetchEdits,
      followUp: register,
    });
  }
  fixes.push({
    title: `Replace the value with the placeholder "${name}" for Approov to substitute in a header (then register it: ${register})`,
    edits: [{ start: site.valueStart, end: site.valueEnd, newText: name }],
    followUp: `${substitutionHeader} once after initialising Approov, and ${register}`,
  });
  return fixes;
}

/** `buildConfigField("String", "KEY", "\"…\"")` → the value read from local.properties at build time. */
function gradleLocalPropertiesFix(input: SecretFixInput): Fix {
  const { site, text } = input;
  const name = placeholderName(site, input.defaultName.toUpperCase());
  const raw = text.slice(site.valueStart, site.valueEnd);
  const escapedQuotes = raw.startsWith('\\"') && raw.endsWith('\\"');
  const value = escapedQuotes ? raw.slice(2, -2) : raw;
  const read = input.path.endsWith('.kts')
    ? `java.util.Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }.getProperty("${name}", "")`
    : `rootProject.file('local.properties').with { f -> def p = new Properties(); if (f.exists()) f.withInputStream { p.load(it) }; p.getProperty('${name}', '') }`;
  const newText = escapedQuotes ? `"\\"\${${read}}\\""` : `"\${${read}}"`;
  return {
    title: `Move ${name} to local.properties (git-ignored) and read it from there at build time`,
    edits: [{ start: site.literalStart, end: site.literalEnd, newText }],
    appends: LOCAL_PROPERTIES_APPENDS(name, value),
  };
}

const GRADLE_ROOT_MARKERS = ['settings.gradle', 'settings.gradle.kts'];

/** A `NAME=value` line of gradle.properties or .env moves to a git-ignored file beside it. */
function moveLineFix(input: SecretFixInput, target: string): Fix {
  const { site, text } = input;
  const line = text.slice(site.literalStart, site.literalEnd).trim();
  const name = site.name ?? input.defaultName;
  const end = text[site.literalEnd] === '\r' ? site.literalEnd + 2 : site.literalEnd + 1;
  const reader = target === '.env.local' ? 'dotenv, Vite, Next.js and Expo read it' : 'read it from there in the build script';
  return {
    title: `Move ${name} to ${target} (git-ignored; ${reader})`,
    edits: [{ start: site.literalStart, end: Math.min(end, text.length), newText: '' }],
    appends: [
      { file: target, lines: [line.replace(/^export\s+/, '')] },
      { file: '.gitignore', lines: [target] },
    ],
  };
}

/** An Info.plist value → `$(NAME)`, defined in a git-ignored Secrets.xcconfig. */
function xcconfigFix(input: SecretFixInput): Fix {
  const { site, text } = input;
  const name = placeholderName(site, input.defaultName).replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
  return {
    title: `Move the value to Secrets.xcconfig (git-ignored) as ${name} and reference it as $(${name})`,
    edits: [{ start: site.valueStart, end: site.valueEnd, newText: `$(${name})` }],
    appends: [
      { file: 'Secrets.xcconfig', lines: [`${name} = ${text.slice(site.valueStart, site.valueEnd)}`] },
      { file: '.gitignore', lines: ['Secrets.xcconfig'] },
    ],
    followUp: 'set Secrets.xcconfig as the base configuration of the target in Xcode (or #include it from the xcconfig you use)',
  };
}

/** `<meta-data android:name="…" android:value="…"/>` of an AndroidManifest.xml. */
function isManifestMetaData(input: SecretFixInput): boolean {
  if (baseName(input.path) !== 'AndroidManifest.xml') return false;
  const tagStart = input.text.lastIndexOf('<', input.site.literalStart);
  return tagStart >= 0 && /^<meta-data\b/.test(input.text.slice(tagStart, tagStart + 11));
}

/** `<string name="…">` of a `res/values*` resource file. */
function isStringResource(input: SecretFixInput): boolean {
  return /(?:^|[\\/])values(?:-[\w+-]+)?[\\/][^\\/]+\.xml$/.test(input.path) && input.text.startsWith('<string', input.site.literalStart);
}

/** The local.properties key for a resource or meta-data name: its last dotted segment, as a property name. */
function propertyName(site: SecretSite, defaultName: string): string {
  const last = (site.name ?? '').split('.').pop() ?? '';
  const name = last.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]\w{1,63}$/.test(name) ? name : defaultName.replace(/[^A-Za-z0-9_]/g, '_');
}

const LOCAL_PROPERTIES_APPENDS = (name: string, value: string): Fix['appends'] => [
  { file: 'local.properties', besideOneOf: GRADLE_ROOT_MARKERS, lines: [`${name}=${value}`] },
  { file: '.gitignore', besideOneOf: GRADLE_ROOT_MARKERS, lines: ['local.properties'] },
];

/** Manifest meta-data value → a `${NAME}` placeholder the build fills from the git-ignored local.properties. */
function manifestPlaceholderFix(input: SecretFixInput): Fix {
  const { site, text } = input;
  const name = propertyName(site, input.defaultName).toUpperCase();
  return {
    title: `Move the value to local.properties (git-ignored) as ${name} and reference it as \${${name}}`,
    edits: [{ start: site.valueStart, end: site.valueEnd, newText: `\${${name}}` }],
    appends: LOCAL_PROPERTIES_APPENDS(name, text.slice(site.valueStart, site.valueEnd)),
    followUp: `fill the placeholder at build time: in the app module's build.gradle defaultConfig, set manifestPlaceholders["${name}"] to the ${name} property read from local.properties (or apply Google's Secrets Gradle Plugin, which does this)`,
  };
}

/** A `<string>` resource holding a key → removed; the build defines it from local.properties with resValue. */
function stringResourceFix(input: SecretFixInput): Fix {
  const { site, text } = input;
  const resource = site.name ?? input.defaultName;
  const name = propertyName(site, input.defaultName);
  return {
    title: `Move the string resource "${resource}" to local.properties (git-ignored) and define it at build time with resValue`,
    edits: [removalEdit(text, site.literalStart, site.literalEnd)],
    appends: LOCAL_PROPERTIES_APPENDS(name, text.slice(site.valueStart, site.valueEnd)),
    followUp: `define the resource at build time: in the app module's build.gradle defaultConfig, add resValue("string", "${resource}", <the ${name} property read from local.properties>)`,
  };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

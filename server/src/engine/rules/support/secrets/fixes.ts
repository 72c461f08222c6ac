/**
 * Quick fixes for an embedded secret, by where it sits:
 * - a string literal in app code → fetch it at runtime from the dynamic SDK
 *   (`ApproovService.fetchSecureString`), or leave its name as a placeholder the SDK substitutes in
 *   a header; both need the value registered once with `approov secstrings` (the command is shown
 *   without the value);
 * - Gradle `buildConfigField`/`resValue`, `gradle.properties`, `.env`, Info.plist → move the value to
 *   a git-ignored local file (`local.properties`, `.env.local`, `Secrets.xcconfig`) and read it from there.
 */
import type { Fix } from '../../../findings';
import type { CodeLanguage, FileKind } from '../../../languages';
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

interface PlatformCalls {
  fetch(name: string): string;
  substitutionHeader: string;
}

const APPROOV: Partial<Record<CodeLanguage, PlatformCalls>> = {
  java: { fetch: (n) => `ApproovService.fetchSecureString("${n}", null)`, substitutionHeader: 'ApproovService.addSubstitutionHeader("<header>", null)' },
  kotlin: { fetch: (n) => `ApproovService.fetchSecureString("${n}", null)`, substitutionHeader: 'ApproovService.addSubstitutionHeader("<header>", null)' },
  swift: {
    fetch: (n) => `((try? ApproovService.fetchSecureString(key: "${n}", newDef: nil)) ?? "")`,
    substitutionHeader: 'ApproovService.addSubstitutionHeader(header: "<header>", prefix: nil)',
  },
  dart: { fetch: (n) => `(await ApproovService.fetchSecureString('${n}', null))`, substitutionHeader: 'ApproovService.addSubstitutionHeader("<header>", null)' },
  javascript: { fetch: (n) => `(await ApproovService.fetchSecureString("${n}", null))`, substitutionHeader: 'ApproovService.addSubstitutionHeader("<header>", "")' },
  typescript: { fetch: (n) => `(await ApproovService.fetchSecureString("${n}", null))`, substitutionHeader: 'ApproovService.addSubstitutionHeader("<header>", "")' },
  csharp: { fetch: (n) => `ApproovService.FetchSecureString("${n}", null)`, substitutionHeader: 'ApproovService.AddSubstitutionHeader("<header>", null)' },
};

function runtimeSecretFixes(input: SecretFixInput): Fix[] {
  const calls = APPROOV[input.kind as CodeLanguage];
  if (!calls) return [];
  const { site } = input;
  const name = placeholderName(site, input.defaultName);
  const register = registrationCommand(name);
  const fetch: Fix = {
    title: `Fetch "${name}" at runtime with ApproovService.fetchSecureString (then register it: ${register})`,
    edits: [...constantModifierEdits(input), { start: site.literalStart, end: site.literalEnd, newText: calls.fetch(name) }],
    followUp: register,
  };
  const substitute: Fix = {
    title: `Replace the value with the placeholder "${name}" for Approov to substitute in a header (then register it: ${register})`,
    edits: [{ start: site.valueStart, end: site.valueEnd, newText: name }],
    followUp: `${calls.substitutionHeader} once after initialising Approov, and ${register}`,
  };
  return [fetch, substitute];
}

/**
 * A compile-time constant cannot hold a runtime call: Kotlin `const val` loses `const`, C# `const`
 * becomes `static readonly`, Dart `const` becomes `final`.
 */
function constantModifierEdits(input: SecretFixInput): Fix['edits'] {
  const masked = input.masked;
  if (!masked) return [];
  const lineStart = masked.lastIndexOf('\n', input.site.literalStart - 1) + 1;
  const before = masked.slice(lineStart, input.site.literalStart);
  const m = /\bconst\s+(?=(?:val\b|[A-Za-z_][\w<>?]*\s+[A-Za-z_]|[A-Za-z_$][\w$]*\s*=))/.exec(before);
  if (!m || !/=\s*$/.test(before)) return [];
  const start = lineStart + m.index;
  const replacement = input.kind === 'kotlin' ? '' : input.kind === 'csharp' ? 'static readonly ' : input.kind === 'dart' ? 'final ' : undefined;
  if (replacement === undefined) return [];
  return [{ start, end: start + m[0].length, newText: replacement }];
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
    appends: [
      { file: 'local.properties', besideOneOf: GRADLE_ROOT_MARKERS, lines: [`${name}=${value}`] },
      { file: '.gitignore', besideOneOf: GRADLE_ROOT_MARKERS, lines: ['local.properties'] },
    ],
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

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

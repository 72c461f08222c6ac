/**
 * The user's choices for the SDK initialisation (settings `pinHygiene.sdk.*`): the config string and
 * the version of each service layer. Versions are never built in: an empty setting gives a clearly
 * marked placeholder and a note telling the user to set it.
 */

/** The service layers whose dependency line the migration writes, one version setting each. */
export type SdkArtifact = 'okhttp' | 'retrofit' | 'volley' | 'httpsurlconn' | 'urlsession' | 'alamofire' | 'flutter' | 'reactNative' | 'maui';

export const SDK_ARTIFACTS: readonly SdkArtifact[] = ['okhttp', 'retrofit', 'volley', 'httpsurlconn', 'urlsession', 'alamofire', 'flutter', 'reactNative', 'maui'];

export interface SdkInitOptions {
  /** The Approov config string; empty means the placeholder. */
  configString: string;
  /** Version per service layer; a missing or empty entry means the placeholder. */
  versions: Partial<Record<SdkArtifact, string>>;
}

/** The placeholder the Approov quickstarts use for the config string. */
export const CONFIG_PLACEHOLDER = '<enter-your-config-string-here>';

export const DEFAULT_SDK_INIT_OPTIONS: SdkInitOptions = { configString: '', versions: {} };

/** Where each artifact's version comes from, for placeholders and notes. */
export function versionSettingName(artifact: SdkArtifact): string {
  return `pinHygiene.sdk.versions.${artifact}`;
}

export function versionPlaceholder(artifact: SdkArtifact): string {
  return `<set ${versionSettingName(artifact)}>`;
}

const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
// No spaces, quotes, backslashes, `$` or control characters: the value lands inside string literals of every language.
const CONFIG = /^[\x21\x23\x25\x26\x28-\x5b\x5d-\x7e]{1,4096}$/;

export interface Resolved {
  value: string;
  /** True when the value is a placeholder the user must replace. */
  placeholder: boolean;
}

/** The version to write for an artifact, or its placeholder when the setting is empty or not a version. */
export function resolveVersion(options: SdkInitOptions, artifact: SdkArtifact): Resolved {
  const raw = options.versions[artifact]?.trim() ?? '';
  return VERSION.test(raw) ? { value: raw, placeholder: false } : { value: versionPlaceholder(artifact), placeholder: true };
}

/** The config string to write, or the quickstarts' placeholder. */
export function resolveConfigString(options: SdkInitOptions): Resolved {
  const raw = options.configString.trim();
  return CONFIG.test(raw) && raw !== CONFIG_PLACEHOLDER ? { value: raw, placeholder: false } : { value: CONFIG_PLACEHOLDER, placeholder: true };
}

/** Accepts whatever a settings source sent and keeps only well-typed values. */
export function sanitizeSdkInitOptions(raw: unknown): SdkInitOptions {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const versions: Partial<Record<SdkArtifact, string>> = {};
  const rawVersions = (input.versions && typeof input.versions === 'object' ? input.versions : {}) as Record<string, unknown>;
  for (const artifact of SDK_ARTIFACTS) {
    const value = rawVersions[artifact];
    if (typeof value === 'string' && value.trim()) versions[artifact] = value.trim();
  }
  return { configString: typeof input.configString === 'string' ? input.configString : '', versions };
}

export function configNote(file: string, options: SdkInitOptions): string {
  const ignored = options.configString.trim() && options.configString.trim() !== CONFIG_PLACEHOLDER ? 'pinHygiene.sdk.configString was not used (it may not contain spaces, quotes, backslashes or `$`). ' : '';
  return `${ignored}Replace ${CONFIG_PLACEHOLDER} in ${file} with your Approov config string (onboarding email, or \`approov sdk -getConfigString\`); or give it next time (setting pinHygiene.sdk.configString; CLI --config).`;
}

export function versionNote(artifact: SdkArtifact, file: string, options: SdkInitOptions): string {
  const given = options.versions[artifact]?.trim();
  const why = given ? `"${given}" is not a version` : 'no version is set';
  return `${versionSettingName(artifact)}: ${why}, so ${file} has the placeholder ${versionPlaceholder(artifact)}. Replace it with the current release of the service layer, or give it next time (that setting; CLI --sdk-version ${artifact}=…). Pin Hygiene never guesses versions.`;
}

/** The `pinHygiene.*` settings as the server reads them through `workspace/configuration`. */
import type { RuleSetting } from '../engine';
import { DEFAULT_SDK_INIT_OPTIONS, sanitizeSdkInitOptions, type SdkInitOptions } from '../engine/migration/sdk-init/options';

export interface Settings {
  enable: boolean;
  /** Per-rule overrides: `off`, `error`, `warning`, `info` or `default`. */
  rules: Record<string, RuleSetting>;
  /** Globs (relative to the workspace folder) to leave out, on top of the defaults. */
  exclude: string[];
  /** Scan the whole workspace on start so the Problems panel lists files that are not open. */
  scanWorkspace: boolean;
  maxFileSizeKiB: number;
  /** Edits within this many milliseconds of the previous validation are coalesced into one. */
  validationDelay: number;
  /** Days before a pin set's expiration or a pinned certificate's expiry at which to warn. */
  expiryWarningDays: number;
  /** Base for the rule documentation links of diagnostics; empty means the bundled docs. */
  docsBaseUrl: string;
  /** `pinHygiene.sdk.*`: config string and service-layer versions for "Add SDK initialisation". */
  sdk: SdkInitOptions;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  exclude: [],
  scanWorkspace: true,
  maxFileSizeKiB: 4096,
  validationDelay: 10,
  docsBaseUrl: '',
  expiryWarningDays: 30,
  sdk: DEFAULT_SDK_INIT_OPTIONS,
};

const RULE_SETTINGS = new Set(['off', 'error', 'warning', 'info', 'default']);

/** Accepts whatever the client sent and keeps only well-typed values (bad ones fall back to defaults). */
export function sanitizeSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (input.rules && typeof input.rules === 'object') {
    for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && RULE_SETTINGS.has(value)) rules[id] = value as RuleSetting;
    }
  }
  const number = (v: unknown, fallback: number, min: number, max: number): number =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    rules,
    exclude: Array.isArray(input.exclude) ? input.exclude.filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    scanWorkspace: typeof input.scanWorkspace === 'boolean' ? input.scanWorkspace : DEFAULT_SETTINGS.scanWorkspace,
    maxFileSizeKiB: number(input.maxFileSizeKiB, DEFAULT_SETTINGS.maxFileSizeKiB, 1, 1024 * 1024),
    validationDelay: number(input.validationDelay, DEFAULT_SETTINGS.validationDelay, 0, 5000),
    docsBaseUrl: typeof input.docsBaseUrl === 'string' ? input.docsBaseUrl : '',
    expiryWarningDays: number(input.expiryWarningDays, DEFAULT_SETTINGS.expiryWarningDays, 0, 3650),
    sdk: sanitizeSdkInitOptions(input.sdk),
  };
}

/** Per-resource settings pulled through `workspace/configuration`, cached until they change. */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings';

export const SETTINGS_SECTION = 'pinHygiene';

export class SettingsStore {
  clientSupportsConfiguration = false;
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Settings pushed with `didChangeConfiguration`, for clients without `workspace/configuration`. */
  private pushed: Settings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection) {}

  forDocument(scopeUri: string): Promise<Settings> {
    if (!this.clientSupportsConfiguration) return Promise.resolve(this.pushed);
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        .then(sanitizeSettings, (e: unknown) => {
          this.connection.console.warn(`Could not read settings for ${scopeUri}: ${String(e)}; using defaults.`);
          return DEFAULT_SETTINGS;
        });
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  changed(pushedSettings: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (section !== undefined) this.pushed = sanitizeSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

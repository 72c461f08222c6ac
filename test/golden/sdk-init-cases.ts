/**
 * Golden cases of the one-time SDK initialisation: `test/golden/sdk-init/<platform>/<case>/before/…`
 * is a small project tree, `after/…` the same tree once the plan is applied (only for cases that
 * change something). `case.json` (optional): `from` (the file the action starts from; default: the
 * first project found from the root), `options` (settings), `status` (default `ready`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SdkInitOptions, SdkInitStatus, SdkPlatform } from '../../server/src/engine/migration/sdk-init';
import { repoPath } from '../helpers/paths';

export const SDK_INIT_CASES_DIR = repoPath('test', 'golden', 'sdk-init');

export interface SdkInitCase {
  platform: SdkPlatform;
  name: string;
  dir: string;
  beforeDir: string;
  afterDir: string;
  from?: string;
  options: SdkInitOptions;
  status: SdkInitStatus;
}

export function sdkInitCases(): SdkInitCase[] {
  if (!existsSync(SDK_INIT_CASES_DIR)) return [];
  const cases: SdkInitCase[] = [];
  for (const platform of readdirSync(SDK_INIT_CASES_DIR).sort()) {
    const platformDir = path.join(SDK_INIT_CASES_DIR, platform);
    for (const name of readdirSync(platformDir).sort()) {
      const dir = path.join(platformDir, name);
      const spec = existsSync(path.join(dir, 'case.json'))
        ? (JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { from?: string; options?: Partial<SdkInitOptions>; status?: SdkInitStatus })
        : {};
      cases.push({
        platform: platform as SdkPlatform,
        name,
        dir,
        beforeDir: path.join(dir, 'before'),
        afterDir: path.join(dir, 'after'),
        from: spec.from,
        options: { configString: spec.options?.configString ?? '', versions: spec.options?.versions ?? {} },
        status: spec.status ?? 'ready',
      });
    }
  }
  return cases;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Golden fix cases: `test/golden/cases/<rule-id>/<case>/before/<File>` is scanned, the rule's fixes
 * are applied, and the result must equal `after/<File>` byte for byte. An optional `case.json` picks a
 * fix other than the bulk one by a piece of its title: `{ "fix": "Remove the pin-set" }`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoPath } from '../helpers/paths';

export const CASES_DIR = repoPath('test', 'golden', 'cases');

export interface GoldenCase {
  ruleId: string;
  name: string;
  dir: string;
  /** The scanned file's name (its kind is told by name, as in a real project). */
  fileName: string;
  beforePath: string;
  afterPath: string;
  /** Pick the fix whose title contains this, applied once to the rule's first finding, instead of fix-all. */
  fix?: string;
}

export function goldenCases(): GoldenCase[] {
  if (!existsSync(CASES_DIR)) return [];
  const cases: GoldenCase[] = [];
  for (const ruleId of readdirSync(CASES_DIR).sort()) {
    const ruleDir = path.join(CASES_DIR, ruleId);
    for (const name of readdirSync(ruleDir).sort()) {
      const dir = path.join(ruleDir, name);
      const files = existsSync(path.join(dir, 'before')) ? readdirSync(path.join(dir, 'before')) : [];
      if (files.length !== 1) throw new Error(`golden case ${ruleId}/${name}: before/ must hold exactly one file, found ${files.length}`);
      const fileName = files[0];
      const options = existsSync(path.join(dir, 'case.json')) ? (JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { fix?: string }) : {};
      cases.push({
        ruleId,
        name,
        dir,
        fileName,
        beforePath: path.join(dir, 'before', fileName),
        afterPath: path.join(dir, 'after', fileName),
        fix: options.fix,
      });
    }
  }
  return cases;
}

/** Applies a plan's change to a file's text, all or nothing (for the CLI-style front ends and the tests). */
import { applyEdits, type ApplyResult } from '../../fixes/apply-edits';
import type { FileChange } from './types';

/** `current` is the file's text, undefined when it does not exist (then only a `create` change applies). */
export function applyFileChange(current: string | undefined, change: FileChange): ApplyResult {
  if (current === undefined && !change.create) return { ok: false, reason: `${change.path} does not exist` };
  if (current !== undefined && change.create) return { ok: false, reason: `${change.path} already exists` };
  return applyEdits(current ?? '', change.edits);
}

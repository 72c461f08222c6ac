/**
 * Replaces a file's content so that readers see the old file or the new one, never a mix: the new
 * content goes to a temporary file in the same folder (same file system), is flushed to disk (so a
 * crash cannot leave the renamed file empty), gets the original's mode (and owner, where allowed),
 * and is renamed over the original. Symbolic links are followed: the link stays, its target changes.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export type ReplaceResult = { ok: true } | { ok: false; reason: string };

/**
 * Writes `content` to `file` unless the file no longer holds `expected` (what the caller read and
 * fixed): then it is left alone, as it is when anything fails. No temporary file is left behind.
 */
export async function replaceFileAtomically(file: string, expected: Uint8Array, content: Uint8Array): Promise<ReplaceResult> {
  let target: string;
  try {
    target = await fs.realpath(file);
  } catch (e) {
    return { ok: false, reason: `could not be read again (${errorCode(e)})` };
  }
  const folder = path.dirname(target);
  const temporary = path.join(folder, `.${path.basename(target)}.pin-hygiene-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  let renamed = false;
  try {
    const original = await fs.stat(target);
    handle = await fs.open(temporary, 'wx', 0o600);
    await handle.writeFile(content);
    await handle.chmod(original.mode & 0o7777);
    if (original.uid !== process.getuid?.() || original.gid !== process.getgid?.()) {
      await handle.chown(original.uid, original.gid).catch(() => undefined); // only root may give a file away
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Last look before the rename: someone (an editor, a formatter) may have saved the file meanwhile.
    if (!Buffer.from(await fs.readFile(target)).equals(expected)) return { ok: false, reason: 'changed on disk while it was being fixed; left as it is' };
    await fs.rename(temporary, target);
    renamed = true;
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `could not be written (${errorCode(e)}); left as it is` };
  } finally {
    await handle?.close().catch(() => undefined);
    if (!renamed) await fs.unlink(temporary).catch(() => undefined);
  }
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

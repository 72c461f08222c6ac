/** Reads a file as text for scanning, or says clearly why it will not be scanned. */
import { isAscii } from 'node:buffer';
import { promises as fs } from 'node:fs';
import { BINARY_CONTENT, largerThan, NOT_UTF8_TEXT, startsLikeBinary } from './skip-reason';

export type ReadResult = { text: string; skipped?: undefined } | { text?: undefined; skipped: string };

export async function readTextFile(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { skipped: largerThan(maxBytes) };
    const buffer = await handle.readFile();
    return decodeText(buffer);
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    await handle?.close();
  }
}

/** Reads a binary file (bundled certificates) whole, or says why it will not be scanned. */
export async function readBinaryFile(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; skipped?: undefined } | { bytes?: undefined; skipped: string }> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { skipped: largerThan(maxBytes) };
    return { bytes: await handle.readFile() };
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    await handle?.close();
  }
}

/** Whether the bytes start with a UTF-16 byte order mark (little or big endian). */
export function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 (BOM dropped, as editors do) or BOM-marked UTF-16; anything else is skipped. */
export function decodeText(buffer: Uint8Array): ReadResult {
  if (startsWithUtf16Bom(buffer)) return { text: new TextDecoder(buffer[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buffer.subarray(2)) };
  if (startsLikeBinary(buffer)) return { skipped: BINARY_CONTENT };
  // ASCII is its own UTF-8; copying it one byte per character is several times faster than decoding.
  if (isAscii(buffer)) return { text: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length).toString('latin1') };
  try {
    return { text: utf8.decode(buffer) };
  } catch {
    return { skipped: NOT_UTF8_TEXT };
  }
}

/**
 * Why a file is not scanned: too large, binary, not UTF-8, minified. Told from the text, or from
 * the raw bytes of a file that no rule needs to read (so it is never decoded), with the same answer.
 */
import { isAscii, isUtf8 } from 'node:buffer';

export const DEFAULT_MAX_FILE_LENGTH = 4 * 1024 * 1024;
const MINIFIED_MIN_LENGTH = 64 * 1024;
const MINIFIED_AVERAGE_LINE = 1000;
/** How much of the start of a file is searched for NUL, the mark of binary content. */
const BINARY_PROBE = 8192;

/** The skip reason of a file over a size limit (bytes or characters). */
export const largerThan = (limit: number): string => `larger than ${Math.round(limit / 1024)} KiB`;
export const BINARY_CONTENT = 'binary content';
const MINIFIED = 'minified or generated (very long lines)';
export const NOT_UTF8_TEXT = 'not UTF-8 text';

/** Whether the bytes start like a binary file (NUL in the first 8 KiB). */
export function startsLikeBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).includes(0);
}

/** Why a text (`maxLength` in UTF-16 code units) is not scanned, or undefined when it is. */
export function reasonToSkip(text: string, maxLength = DEFAULT_MAX_FILE_LENGTH): string | undefined {
  if (text.length > maxLength) return largerThan(maxLength);
  if (text.slice(0, BINARY_PROBE).includes('\0')) return BINARY_CONTENT;
  if (text.length >= MINIFIED_MIN_LENGTH) {
    let newlines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
    if (text.length / (newlines + 1) > MINIFIED_AVERAGE_LINE) return MINIFIED;
  }
  return undefined;
}

/**
 * The same answer as decoding the bytes (`decodeText`: binary, not UTF-8) and then `reasonToSkip`,
 * without decoding them. Not for BOM-marked UTF-16, which `decodeText` reads otherwise. The text's
 * length is only counted when the byte count cannot settle a question, which is rare.
 */
export function reasonToSkipUndecoded(bytes: Buffer, maxLength = DEFAULT_MAX_FILE_LENGTH): string | undefined {
  if (startsLikeBinary(bytes)) return BINARY_CONTENT;
  if (!isUtf8(bytes)) return NOT_UTF8_TEXT;
  const ascii = isAscii(bytes);
  // The decoder drops a UTF-8 byte order mark.
  const from = !ascii && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let length: number | undefined = ascii ? bytes.length : undefined; // UTF-16 code units, once counted
  const textLength = (): number => (length ??= utf16Length(bytes, from, bytes.length));
  // A text has at most as many code units as its UTF-8 bytes.
  if (bytes.length > maxLength && textLength() > maxLength) return largerThan(maxLength);
  if (!ascii) {
    // NUL in the first 8 KiB of bytes was found above; one further on may still be among the first 8192 characters.
    const nul = bytes.indexOf(0, BINARY_PROBE);
    if (nul !== -1 && utf16Length(bytes, from, nul) < BINARY_PROBE) return BINARY_CONTENT;
  }
  if (bytes.length >= MINIFIED_MIN_LENGTH) {
    let newlines = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) newlines++;
    if (bytes.length / (newlines + 1) > MINIFIED_AVERAGE_LINE && textLength() >= MINIFIED_MIN_LENGTH && textLength() / (newlines + 1) > MINIFIED_AVERAGE_LINE) return MINIFIED;
  }
  return undefined;
}

/** UTF-16 code units of the valid UTF-8 in bytes[from, to): one per sequence, two for four-byte ones. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let units = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * Certificate and public-key fingerprints as apps write them (hex with or without colons, base64,
 * `sha256/` prefixed), turned into the canonical `sha256/BASE64` / `sha1/BASE64` pin notation.
 */
import { parseOkHttpPin } from './pins';

const HEX_WITH_SEPARATORS = /^[0-9A-Fa-f]{2}(?:[:\s-]?[0-9A-Fa-f]{2}){15,}$/;
const BASE64 = /^[A-Za-z0-9+/_-]{20,}={0,2}$/;

/** Digest algorithms by digest length in bytes. */
const DIGESTS: Record<number, string> = { 20: 'sha1', 32: 'sha256', 48: 'sha384', 64: 'sha512' };

export interface Fingerprint {
  /** Canonical pin (`sha256/BASE64`), when the value is a digest of a known length. */
  pin?: string;
  /** The value is hex or base64 key material that is not a digest (e.g. a whole public key). */
  keyMaterial: boolean;
}

/**
 * Reads a literal as a fingerprint: a digest (SHA-1/256/384/512) in hex, colon-separated hex or
 * base64, optionally prefixed `sha256/`, or long hex/base64 key material such as
 * `GetPublicKeyString()` output. Returns undefined for anything else (hostnames, words, short ids).
 */
export function readFingerprint(value: string, algorithmHint?: string): Fingerprint | undefined {
  const text = value.trim();
  if (text.length < 20 || text.length > 4096) return undefined;
  const okhttp = parseOkHttpPin(text);
  if (okhttp) return { pin: okhttp, keyMaterial: false };
  if (HEX_WITH_SEPARATORS.test(text)) {
    const hex = text.replace(/[:\s-]/g, '');
    const bytes = Buffer.from(hex, 'hex');
    const algorithm = DIGESTS[bytes.length];
    if (algorithm) return { pin: `${hintOr(algorithmHint, algorithm, bytes.length)}/${bytes.toString('base64')}`, keyMaterial: false };
    return bytes.length >= 64 ? { keyMaterial: true } : undefined;
  }
  if (BASE64.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /\d|[+/]/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    const algorithm = DIGESTS[bytes.length];
    if (algorithm && Math.abs(text.replace(/=+$/, '').length - Math.ceil((bytes.length * 4) / 3)) <= 1) {
      return { pin: `${hintOr(algorithmHint, algorithm, bytes.length)}/${bytes.toString('base64')}`, keyMaterial: false };
    }
    return bytes.length >= 64 ? { keyMaterial: true } : undefined;
  }
  return undefined;
}

function hintOr(hint: string | undefined, algorithm: string, length: number): string {
  if (!hint) return algorithm;
  const normal = hint.replace(/[-_]/g, '').toLowerCase();
  return DIGESTS[length] === normal ? normal : algorithm;
}

/** Canonical pins of the values that are digests, in order, without duplicates. */
export function pinsOf(values: readonly string[], algorithmHint?: string): string[] {
  const pins: string[] = [];
  for (const value of values) {
    const pin = readFingerprint(value, algorithmHint)?.pin;
    if (pin && !pins.includes(pin)) pins.push(pin);
  }
  return pins;
}

/**
 * `pinsOf` for literals whose place is known: the canonical pins and, for each, where its first
 * literal is written (the value inside the quotes), as pin reports pass them to pin-health checks.
 */
export function pinsWithRanges(
  tokens: readonly { value: string; valueStart: number; valueEnd: number }[],
  algorithmHint?: string,
): { pins: string[]; pinRanges: { start: number; end: number }[] } {
  const pins: string[] = [];
  const pinRanges: { start: number; end: number }[] = [];
  for (const token of tokens) {
    const pin = readFingerprint(token.value, algorithmHint)?.pin;
    if (!pin || pins.includes(pin)) continue;
    pins.push(pin);
    pinRanges.push({ start: token.valueStart, end: token.valueEnd });
  }
  return { pins, pinRanges };
}

/** The host of a URL or bare host literal, or undefined when it does not look like one. */
export function hostOf(value: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9*](?:[A-Za-z0-9.*-]{0,252}))(?::\d{1,5})?(?:[/?#].*)?$/s.exec(value.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  return host.includes('.') || host === 'localhost' || host.startsWith('[') ? host : undefined;
}

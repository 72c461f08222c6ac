/**
 * What is wrong with a pin value, if anything: pin-health helpers on canonical `sha256/BASE64` and
 * `sha1/BASE64` strings, whatever file or syntax the pin came from.
 */

export const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 32, sha1: 20 };

const DIGEST_NAMES: Readonly<Record<string, string>> = { sha256: 'SHA-256', sha1: 'SHA-1' };

export type PinProblem =
  | { kind: 'empty' }
  | { kind: 'hex'; base64: string; bytes: number }
  | { kind: 'whitespace'; compact: string }
  | { kind: 'bad-character'; character: string; index: number }
  | { kind: 'bad-padding' }
  | { kind: 'wrong-length'; bytes: number; expected: number };

export interface PinAnalysis {
  /** `sha256`, `sha1`, or another (unsupported) name as written. */
  algorithm: string;
  value: string;
  /** The decoded digest when the value is valid base64 of the right length. */
  digest?: Uint8Array;
  problem?: PinProblem;
}

const HEX = /^[0-9a-fA-F]+$/;
const COLON_HEX = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})+$/;
/** Standard alphabet; `-` and `_` (URL-safe) are accepted too, as OkHttp's decoder does. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Splits a canonical pin and checks its value; undefined for an algorithm with no known length. */
export function analyzePin(pin: string): PinAnalysis | undefined {
  const slash = pin.indexOf('/');
  if (slash <= 0) return undefined;
  const algorithm = pin.slice(0, slash);
  const value = pin.slice(slash + 1);
  const expected = DIGEST_LENGTHS[algorithm];
  if (expected === undefined) return undefined;
  const result: PinAnalysis = { algorithm, value };
  const trimmed = value.trim();
  if (trimmed === '') return { ...result, problem: { kind: 'empty' } };

  // Hex digests (`openssl dgst` output, or colon-separated fingerprints) where base64 is expected.
  const hex = COLON_HEX.test(trimmed) ? trimmed.replace(/:/g, '') : HEX.test(trimmed) ? trimmed : undefined;
  if (hex !== undefined && hex.length === expected * 2) {
    return { ...result, problem: { kind: 'hex', base64: Buffer.from(hex, 'hex').toString('base64'), bytes: expected } };
  }

  if (/\s/.test(trimmed)) {
    const compact = trimmed.replace(/\s+/g, '');
    const inner = analyzePin(`${algorithm}/${compact}`)!;
    return inner.problem ? { ...inner, value } : { ...result, digest: inner.digest, problem: { kind: 'whitespace', compact } };
  }

  if (!BASE64.test(trimmed)) {
    const index = firstBadCharacter(trimmed);
    return { ...result, problem: { kind: 'bad-character', character: trimmed[index], index } };
  }
  const unpadded = trimmed.replace(/=+$/, '');
  if (unpadded.length % 4 === 1 || (trimmed.includes('=') && trimmed.length % 4 !== 0)) return { ...result, problem: { kind: 'bad-padding' } };
  const digest = Buffer.from(unpadded, 'base64');
  if (digest.length !== expected) return { ...result, problem: { kind: 'wrong-length', bytes: digest.length, expected } };
  return { ...result, digest };
}

function firstBadCharacter(value: string): number {
  const padding = value.search(/=+$/);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (/[A-Za-z0-9+/_-]/.test(c)) continue;
    if (c === '=' && padding !== -1 && i >= padding) continue;
    return i;
  }
  return 0;
}

/** A value that decodes to the right length but is all one byte: a placeholder, not any key's hash. */
export function isPlaceholderDigest(digest: Uint8Array): boolean {
  return digest.length > 0 && digest.every((b) => b === digest[0]);
}

export function digestName(algorithm: string): string {
  return DIGEST_NAMES[algorithm] ?? algorithm.toUpperCase();
}

/** The canonical pin with white space removed, for comparing pin sets. */
export function comparablePin(pin: string): string {
  return pin.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
}

/** A pin for messages: whole when short, else its start and end. */
export function shortPin(pin: string): string {
  return pin.length <= 60 ? pin : `${pin.slice(0, 30)}…${pin.slice(-8)}`;
}

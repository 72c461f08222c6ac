/** Which certificate of a chain each pin of a pin set names (by key, or by certificate fingerprint). */
import type { ChainCertificate } from './chain';

export interface PinMatch {
  pin: string;
  certificate?: ChainCertificate;
  /** `key`: the pin is the SPKI digest (a public-key pin); `certificate`: the whole certificate's digest. */
  by?: 'key' | 'certificate';
}

export interface PinSetMatch {
  matches: PinMatch[];
  /** Pins that name a certificate of the chain. */
  matched: PinMatch[];
  /** Pins that name none (backups for keys not in use yet, or stale pins). */
  unmatched: string[];
}

/** Matches canonical `sha256/BASE64` and `sha1/BASE64` pins (URL-safe base64 and whitespace tolerated). */
export function matchPins(pins: readonly string[], chain: readonly ChainCertificate[]): PinSetMatch {
  const matches = pins.map((pin) => matchPin(pin, chain));
  return {
    matches,
    matched: matches.filter((m) => m.certificate),
    unmatched: matches.filter((m) => !m.certificate).map((m) => m.pin),
  };
}

export function matchPin(pin: string, chain: readonly ChainCertificate[]): PinMatch {
  const slash = pin.indexOf('/');
  const algorithm = slash > 0 ? pin.slice(0, slash).toLowerCase() : 'sha256';
  const value = normalise(slash > 0 ? pin.slice(slash + 1) : pin);
  for (const certificate of chain) {
    if (algorithm === 'sha256') {
      if (value === certificate.spkiSha256Base64) return { pin, certificate, by: 'key' };
      if (value === hexToBase64(certificate.certificateSha256Hex)) return { pin, certificate, by: 'certificate' };
    } else if (algorithm === 'sha1') {
      if (value === certificate.spkiSha1Base64) return { pin, certificate, by: 'key' };
      if (value === hexToBase64(certificate.certificateSha1Hex)) return { pin, certificate, by: 'certificate' };
    }
  }
  return { pin };
}

function normalise(base64: string): string {
  const compact = base64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  return compact.length % 4 === 0 ? compact : compact + '='.repeat(4 - (compact.length % 4));
}

function hexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

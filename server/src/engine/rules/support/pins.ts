/** Pin notation shared by pin rules: canonical `sha256/BASE64` strings. */

const OKHTTP_PIN = /^(sha256|sha1)\/([A-Za-z0-9+/=_-]*)$/;

/** Canonical form of an OkHttp-style pin string, or undefined when the string is not one. */
export function parseOkHttpPin(value: string): string | undefined {
  const m = OKHTTP_PIN.exec(value.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Canonical form of a pin given as a digest algorithm name and a base64 value (NSC, plist). */
export function canonicalPin(digest: string, base64: string): string {
  const algorithm = digest.replace(/-/g, '').toLowerCase() || 'sha256';
  return `${algorithm}/${base64.trim()}`;
}

export function pinCount(pins: readonly string[]): string {
  return pins.length === 1 ? '1 pin' : `${pins.length} pins`;
}

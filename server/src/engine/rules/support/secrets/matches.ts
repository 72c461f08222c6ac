/** Running one detector over a file: raw matches, then the placeholder, allowlist and entropy checks. */
import type { Severity } from '../../../findings';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholders';
import type { SecretDetector } from './detectors';

export interface SecretMatch {
  /** Offsets of the secret itself (the capture group). */
  start: number;
  end: number;
  secret: string;
}

/** Matches per detector and file: real files have a few; the cap bounds generated input. */
const MAX_MATCHES = 200;

const compiled = new WeakMap<RegExp, RegExp>();

function globalIndices(regex: RegExp): RegExp {
  let g = compiled.get(regex);
  if (!g) compiled.set(regex, (g = new RegExp(regex.source, regex.flags.replace(/[gyd]/g, '') + 'gd')));
  return g;
}

/** Every place the detector's regex matches, before any check. */
export function rawMatches(detector: SecretDetector, text: string): SecretMatch[] {
  const regex = globalIndices(detector.regex);
  const matches: SecretMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m && matches.length < MAX_MATCHES; m = regex.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (group > 0) {
      const [start, end] = m.indices![group]!;
      matches.push({ start, end, secret: m[group] });
    }
    if (m[0].length === 0) regex.lastIndex++;
  }
  return matches;
}

/** Whether a raw match is a real-looking key rather than a placeholder, an example or a low-entropy stand-in. */
export function isLikelySecret(detector: SecretDetector, secret: string): boolean {
  if (detector.allowlist?.some((a) => a.test(secret))) return false;
  const body = detector.prefix ? secret.replace(detector.prefix, '') : secret;
  if (isPlaceholder(body)) return false;
  return detector.minEntropy === undefined || shannonEntropy(body) >= detector.minEntropy;
}

/** Severity and risk for this secret in this file: the first variant that applies, else the detector's own. */
export function riskOf(detector: SecretDetector, secret: string, path: string): { severity: Severity; risk: string } {
  const fileName = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  for (const variant of detector.variants ?? []) {
    if (variant.value && !variant.value.test(secret)) continue;
    if (variant.fileName && !variant.fileName.test(fileName)) continue;
    if (variant.jwtClaim && jwtClaim(secret, variant.jwtClaim[0]) !== variant.jwtClaim[1]) continue;
    return { severity: variant.severity, risk: variant.risk };
  }
  return { severity: detector.severity, risk: detector.risk };
}

/** A string claim of a JWT's payload, or undefined when it does not decode. */
function jwtClaim(token: string, claim: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload || payload.length > 8192) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))?.[claim];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

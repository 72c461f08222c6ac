/** Running one detector over a file: raw matches, then the placeholder, allowlist and entropy checks. */
import type { Severity } from '../../../findings';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholders';
import type { SecretDetector } from './detectors';
import { regexReach } from './regex-reach';

export interface SecretMatch {
  /** Offsets of the secret itself (the capture group). */
  start: number;
  end: number;
  secret: string;
}

/** Matches per detector and file: real files have a few; the cap bounds generated input. */
const MAX_MATCHES = 200;

const compiled = new Map<string, RegExp>();

/** The detector's regex with indices, and `g` (search) or `y` (match exactly at `lastIndex`). */
function withIndices(regex: RegExp, mode: 'g' | 'y'): RegExp {
  const flags = regex.flags.replace(/[gyd]/g, '') + mode + 'd';
  const key = `${flags}/${regex.source}`;
  let r = compiled.get(key);
  if (!r) compiled.set(key, (r = new RegExp(regex.source, flags)));
  return r;
}

/** Sorted offsets where any of the keywords occurs. */
function findKeywordOffsets(text: string, keywords: readonly string[]): number[] {
  const offsets = new Set<number>();
  for (const keyword of keywords) {
    for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) offsets.add(at);
  }
  return [...offsets].sort((a, b) => a - b);
}

/** Where a char past ASCII is, from a position on: one search per file, however many windows are asked about. */
class BeyondAscii {
  private readonly search = /[^\x00-\x7f]/g;
  private next = -2; // unknown

  constructor(private readonly text: string) {}

  /** Whether text[from, to) holds a character past ASCII; `from` never decreases between calls. */
  within(from: number, to: number): boolean {
    if (this.next !== -1 && this.next < from) {
      this.search.lastIndex = from;
      this.next = this.search.exec(this.text)?.index ?? -1;
    }
    return this.next !== -1 && this.next < to;
  }
}

const reaches = new Map<SecretDetector, number>();

/**
 * How far from a keyword the detector's regex reads (`regexReach`), or Infinity when the view
 * cannot stand in for the text: a lookbehind or word boundary reads before the keyword, where the
 * view's characters are not the text's. Worked out once per detector.
 */
function viewReach(detector: SecretDetector): number {
  let reach = reaches.get(detector);
  if (reach === undefined) {
    const source = detector.regex.source;
    reach = /\(\?<[=!]|\\[bB]/.test(source) ? Infinity : regexReach(source);
    reaches.set(detector, reach);
  }
  return reach;
}

/**
 * For a detector whose matches start at its keywords: false only when its regex matches nowhere in
 * the text `view` stands for (see `Undecoded`). In a latin1 view of UTF-8 bytes, where the
 * characters the regex can read from a keyword on are all ASCII they are the text's; elsewhere
 * those bytes are decoded (the regex reads at most `reach` characters, at most four bytes each).
 * `offsets`, when known, are where the detector's keywords start in `view`.
 */
export function mayMatchAtKeywords(detector: SecretDetector, view: string, exact: boolean, offsets?: readonly number[]): boolean {
  const reach = viewReach(detector);
  if (!detector.matchStartsAtKeyword || reach === Infinity) return true;
  const sticky = withIndices(detector.regex, 'y');
  const beyondAscii = exact ? undefined : new BeyondAscii(view);
  for (const offset of offsets ?? findKeywordOffsets(view, detector.keywords)) {
    if (beyondAscii?.within(offset, offset + reach)) {
      sticky.lastIndex = 0;
      if (sticky.test(Buffer.from(view.slice(offset, offset + 4 * reach), 'latin1').toString('utf8'))) return true;
      continue;
    }
    sticky.lastIndex = offset;
    if (sticky.test(view)) return true;
  }
  return false;
}

/** Every place the detector's regex matches, before any check. */
export function rawMatches(detector: SecretDetector, text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  const take = (m: RegExpExecArray): void => {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (group > 0) {
      const [start, end] = m.indices![group]!;
      matches.push({ start, end, secret: m[group] });
    }
  };
  if (detector.matchStartsAtKeyword) {
    // The same matches as the search below: the leftmost match starts at the first keyword
    // offset, at or after the previous match's end, where the regex matches.
    const sticky = withIndices(detector.regex, 'y');
    let searchFrom = 0;
    for (const offset of findKeywordOffsets(text, detector.keywords)) {
      if (matches.length >= MAX_MATCHES) break;
      if (offset < searchFrom) continue;
      sticky.lastIndex = offset;
      const m = sticky.exec(text);
      if (!m) continue;
      take(m);
      searchFrom = offset + Math.max(m[0].length, 1);
    }
    return matches;
  }
  const regex = withIndices(detector.regex, 'g');
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m && matches.length < MAX_MATCHES; m = regex.exec(text)) {
    take(m);
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

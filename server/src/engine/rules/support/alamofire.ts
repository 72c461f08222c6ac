/** Alamofire server trust evaluators written in Swift: where they are built and which host they serve. */
import type { CodeView } from '../../lexer/code-view';
import { closingBracket, collectionElements, constantInitializer, dictionaryKeyOf, hostLabel, hostsOfValue, MAX_OCCURRENCES } from './apple-code';
import { skipSpace, splitArguments } from './code-syntax';

export type EvaluatorKind = 'pinned-certificates' | 'public-keys' | 'disabled';

export interface EvaluatorSite {
  kind: EvaluatorKind;
  /** Offsets of the evaluator expression's name (for reports). */
  start: number;
  end: number;
  /** Where the evaluator expression begins (a leading `.` for static members). */
  valueStart: number;
  host: string;
  /** Written as a library type name (not an implicit member inside a trust manager dictionary). */
  explicit: boolean;
}

/** Unambiguous constructions, anywhere: Alamofire 5 evaluator types and Alamofire 4 `ServerTrustPolicy` cases. */
const EXPLICIT =
  /\b(PinnedCertificatesTrustEvaluator|PublicKeysTrustEvaluator|DisabledTrustEvaluator|DisabledEvaluator)\s*(?:\.init\s*)?\(|(?:\bServerTrustPolicy)?\.(pinCertificates|pinPublicKeys)\s*\(|(?:\bServerTrustPolicy)?\.(disableEvaluation)\b(?!\s*[(:=])/g;

/** Alamofire 5.5+ static shorthands, only read as values of a trust manager's evaluators dictionary. */
const SHORTHAND = /^\.(pinnedCertificates|publicKeys|disabled)\b(?!\s*[:=])/;

function kindOf(name: string): EvaluatorKind {
  if (name === 'PinnedCertificatesTrustEvaluator' || name === 'pinCertificates' || name === 'pinnedCertificates') return 'pinned-certificates';
  if (name === 'PublicKeysTrustEvaluator' || name === 'pinPublicKeys' || name === 'publicKeys') return 'public-keys';
  return 'disabled';
}

const SITES = new WeakMap<CodeView, EvaluatorSite[]>();

/** Every evaluator construction in a Swift file, with the host it is registered for when that can be told (computed once per file). */
export function evaluatorSites(view: CodeView): EvaluatorSite[] {
  let sites = SITES.get(view);
  if (!sites) {
    sites = findEvaluatorSites(view);
    SITES.set(view, sites);
  }
  return sites;
}

function findEvaluatorSites(view: CodeView): EvaluatorSite[] {
  const masked = view.masked;
  const sites: EvaluatorSite[] = [];
  const seen = new Set<number>();
  EXPLICIT.lastIndex = 0;
  for (let m = EXPLICIT.exec(masked); m && sites.length < MAX_OCCURRENCES; m = EXPLICIT.exec(masked)) {
    const name = m[1] ?? m[2] ?? m[3];
    const nameStart = m.index + m[0].lastIndexOf(name);
    // `case .pinCertificates(let certs, …)` in a switch is a pattern, not a construction.
    const before = masked.slice(Math.max(0, m.index - 20), m.index);
    if (/\bcase\s*$/.test(before) || /\bclass\s+$|\bstruct\s+$|\bextension\s+$/.test(before)) continue;
    const valueStart = m.index;
    seen.add(valueStart);
    sites.push({
      kind: kindOf(name),
      start: m.index,
      end: nameStart + name.length,
      valueStart,
      host: hostLabel(hostsOfValue(view, valueStart)),
      explicit: true,
    });
  }
  for (const value of trustManagerDictionaryValues(view)) {
    if (seen.has(value.start)) continue;
    const m = SHORTHAND.exec(masked.slice(value.start, value.start + 40));
    if (!m) continue;
    const key = dictionaryKeyOf(view, value.start);
    sites.push({
      kind: kindOf(m[1]),
      start: value.start,
      end: value.start + m[0].length,
      valueStart: value.start,
      host: hostLabel(key ? [key.key.value] : []),
      explicit: false,
    });
  }
  return sites.sort((a, b) => a.start - b.start);
}

/**
 * Value spans of the dictionaries given to `ServerTrustManager(evaluators:)` /
 * `ServerTrustPolicyManager(policies:)`, inline or through a variable of this file.
 */
function trustManagerDictionaryValues(view: CodeView): { start: number; end: number }[] {
  const masked = view.masked;
  const values: { start: number; end: number }[] = [];
  const call = /\b(?:ServerTrustManager|ServerTrustPolicyManager)\s*\(/g;
  let calls = 0;
  for (let m = call.exec(masked); m && calls < MAX_OCCURRENCES; m = call.exec(masked), calls++) {
    const open = m.index + m[0].length - 1;
    const close = closingBracket(view, open);
    if (close === -1 || close - open > MAX_TRUST_MANAGER_SPAN) continue;
    for (const arg of splitArguments(masked, open, close)) {
      const label = /^(evaluators|policies)\s*:\s*/.exec(masked.slice(arg.start, arg.end));
      if (!label) continue;
      let dict = arg.start + label[0].length;
      if (masked[dict] !== '[') {
        const name = /^[A-Za-z_]\w*$/.exec(masked.slice(dict, arg.end).trim())?.[0];
        const init = name ? constantInitializer(view, name) : undefined;
        if (!init || masked[init.start] !== '[') continue;
        dict = init.start;
      }
      for (const entry of collectionElements(view, dict)) {
        const colon = topLevelColon(masked, entry.start, entry.end);
        if (colon !== -1) values.push({ start: skipSpace(masked, colon + 1), end: entry.end });
      }
    }
  }
  return values;
}

const MAX_TRUST_MANAGER_SPAN = 200_000;

/** The first `:` at the top level of [start, end) (the key/value separator of a dictionary element), or -1. */
export function topLevelColon(masked: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}

/**
 * Live pin checks: rules that compare the pin sets found by a scan with the chains the pinned
 * hosts serve right now (`pin-hygiene scan --verify-live`, VS Code "Verify Pins Against Live
 * Servers"). The network part (looking hosts up) belongs to the caller; this module only decides
 * which hosts to look up and turns lookup results into findings, so it stays pure and testable.
 */
import type { Finding, Severity } from './findings';
import type { ChainCertificate } from './pins/chain';
import type { HostLookup } from './pins/host-lookup';
import type { LookupFailureKind } from './pins/lookup-errors';
import { matchPins, type PinSetMatch } from './pins/pin-matching';
import type { Rule } from './rule';
import { ALL_RULES } from './rules';
import type { ScanOptions } from './scanner';

/** The outcome of looking one host up: its chain, or why there is none. */
export interface HostCheck {
  /** The host as the pin findings name it. */
  host: string;
  lookup?: HostLookup;
  error?: { kind: LookupFailureKind | 'skipped'; message: string };
  checkedAt: Date;
}

export interface LiveReport {
  message: string;
  severity?: Severity;
  pins?: string[];
}

export interface LiveContext {
  /** A `pin` finding with a host and pins: one pin set. */
  readonly pinSet: Finding;
  readonly check: HostCheck;
  /** How the pin set's pins match the served chain (undefined when the lookup failed). */
  readonly match?: PinSetMatch;
  readonly chain: readonly ChainCertificate[];
  readonly now: Date;
  report(report: LiveReport): void;
}

/** A rule that runs on live lookup results, once per pin set. Its `detect` is a no-op; it has no file kinds. */
export interface LiveRule extends Rule {
  checkLive(context: LiveContext): void;
}

export function isLiveRule(rule: Rule): rule is LiveRule {
  return typeof (rule as Partial<LiveRule>).checkLive === 'function';
}

/** The pin sets among findings: `pin` findings that name a host and at least one pin. */
export function pinSetsOf(findings: Iterable<Finding>): Finding[] {
  const sets: Finding[] = [];
  for (const f of findings) if (f.category === 'pin' && f.host && f.pins && f.pins.length > 0) sets.push(f);
  return sets;
}

/**
 * The host name to connect to for a pinned host, or a reason not to: `**.example.com` (OkHttp:
 * the domain and its subdomains) is looked up as `example.com`; `*.example.com` has no single host.
 */
export function lookupNameFor(host: string): { name: string } | { skip: string } {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('**.')) return { name: trimmed.slice(3) };
  if (trimmed.includes('*')) return { skip: `\`${host}\` is a wildcard pattern with no single host to look up; verify a concrete name with "pin-hygiene pins HOST".` };
  if (!/^[a-z0-9.:[\]-]+$/.test(trimmed) || !trimmed.includes('.') && trimmed !== 'localhost') {
    return { skip: `\`${host}\` is not a host name that can be looked up.` };
  }
  return { name: trimmed };
}

/** The distinct hosts of pin sets, in first-seen order. */
export function pinnedHosts(pinSets: Iterable<Finding>): string[] {
  const hosts: string[] = [];
  for (const f of pinSets) if (f.host && !hosts.includes(f.host)) hosts.push(f.host);
  return hosts;
}

/** Live findings for every pin set whose host has a check, with users' severity overrides applied. */
export function runLiveChecks(
  pinSets: Iterable<Finding>,
  checks: ReadonlyMap<string, HostCheck>,
  options: Pick<ScanOptions, 'rules' | 'now'> = {},
  rules: readonly Rule[] = ALL_RULES,
): Finding[] {
  const out: Finding[] = [];
  const liveRules = rules.filter(isLiveRule).filter((r) => options.rules?.[r.meta.id] !== 'off');
  for (const pinSet of pinSets) {
    const check = pinSet.host ? checks.get(pinSet.host) : undefined;
    if (!check || !pinSet.pins) continue;
    const chain = check.lookup?.chain ?? [];
    const match = check.lookup ? matchPins(pinSet.pins, chain) : undefined;
    for (const rule of liveRules) {
      const setting = options.rules?.[rule.meta.id];
      rule.checkLive({
        pinSet,
        check,
        match,
        chain,
        now: options.now ?? check.checkedAt,
        report: (r) => {
          const finding: Finding = {
            ruleId: rule.meta.id,
            category: rule.meta.category,
            severity: setting && setting !== 'default' && setting !== 'off' ? setting : (r.severity ?? rule.meta.severity),
            file: pinSet.file,
            line: pinSet.line,
            column: pinSet.column,
            endLine: pinSet.endLine,
            endColumn: pinSet.endColumn,
            message: r.message,
            fixable: false,
            host: pinSet.host,
            pins: r.pins ?? pinSet.pins,
            offset: pinSet.offset,
            endOffset: pinSet.endOffset,
          };
          out.push(finding);
        },
      });
    }
  }
  return out;
}

/** A one-line verdict on a pin set, for CodeLenses, the inventory and summaries. */
export function liveVerdict(pins: readonly string[], check: HostCheck): { ok: boolean; text: string } {
  if (!check.lookup) return { ok: false, text: `not verified: ${check.error?.message ?? 'no result'}` };
  const match = matchPins(pins, check.lookup.chain);
  if (match.matched.length === 0) return { ok: false, text: 'no pin matches the served chain' };
  const roles = [...new Set(match.matched.map((m) => m.certificate!.role))];
  return { ok: true, text: `${match.matched.length} of ${pins.length} pins match (${roles.join(', ')})` };
}

/** Test helpers: scan a snippet and get compact findings to assert on. */
import { ALL_RULES, Scanner, type Finding, type RuleSetting, type ScanOptions } from '../../server/src/engine';

/**
 * Findings of one snippet, for rule tests. Pin-health rules (which add findings on top of every pin
 * rule's) are off unless `rules` is given, so a pin rule's test sees only pin findings; pin-health
 * tests use `scanWithPinHealth`.
 */
export function scan(file: string, text: string, rules?: Record<string, RuleSetting>): Finding[] {
  return new Scanner({ rules: rules ?? PIN_HEALTH_OFF }).scan(file, text).findings;
}

const PIN_HEALTH_OFF: Record<string, RuleSetting> = Object.fromEntries(
  ALL_RULES.filter((r) => r.meta.category === 'pin-health').map((r) => [r.meta.id, 'off' as const]),
);

/** Findings of one snippet with every rule on (pin-health included) and fixed expiry settings. */
export function scanWithPinHealth(file: string, text: string, options: ScanOptions = {}): Finding[] {
  return new Scanner({ now: new Date('2026-01-15T12:00:00Z'), ...options }).scan(file, text).findings;
}

/** `ruleId@line:column` for each finding, in report order. */
export function positions(findings: readonly Finding[], ruleId?: string): string[] {
  return findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
}

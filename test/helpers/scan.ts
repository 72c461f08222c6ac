/** Test helpers: scan a snippet and get compact findings to assert on. */
import { Scanner, type Finding } from '../../server/src/engine';

export function scan(file: string, text: string, rules?: Record<string, 'off' | 'error' | 'warning' | 'info' | 'default'>): Finding[] {
  return new Scanner({ rules }).scan(file, text).findings;
}

/** `ruleId@line:column` for each finding, in report order. */
export function positions(findings: readonly Finding[], ruleId?: string): string[] {
  return findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
}

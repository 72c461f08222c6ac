/** How a rule id named in a suppression stands for one file: what a suppression of it can do. */
import type { FileKind } from '../languages';
import { isLiveRule } from '../live-checks';
import type { Rule } from '../rule';
import { ALL_RULES } from '../rules';
import type { RuleSetting } from '../scanner';
import { isWorkspaceRule } from '../workspace-checks';

/**
 * `on`: the rule checks this file; `off`: turned off by settings (whether the suppression is needed
 * cannot be told); `other-kind`: the rule never checks this kind of file; `unknown`: no such rule;
 * `not-suppressible`: computed across the workspace or against live servers (or a suppression rule itself).
 */
export type RuleStatus = 'on' | 'off' | 'other-kind' | 'unknown' | 'not-suppressible';

export const SUPPRESSION_CATEGORY = 'suppression';

export function ruleStatusFor(rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>> | undefined, kind: FileKind): (id: string) => RuleStatus {
  const byId = new Map<string, Rule>();
  for (const rule of ALL_RULES) byId.set(rule.meta.id, rule);
  for (const rule of rules) byId.set(rule.meta.id, rule);
  // Pin-health hooks check the pins of every file a pin rule reads.
  const pinsRead = [...byId.values()].some((r) => r.meta.category === 'pin' && r.meta.fileKinds.includes(kind));
  return (id) => {
    const rule = byId.get(id);
    if (!rule) return 'unknown';
    if (!isCommentSuppressible(rule)) return 'not-suppressible';
    if (settings?.[id] === 'off') return 'off';
    const readsKind = rule.meta.fileKinds.includes(kind) || (rule.checkPins !== undefined && pinsRead);
    return readsKind ? 'on' : 'other-kind';
  };
}

/** Findings of workspace and live rules are made after the file scan; suppression findings are about comments themselves. */
export function isCommentSuppressible(rule: Rule): boolean {
  return !isWorkspaceRule(rule) && !isLiveRule(rule) && rule.meta.category !== SUPPRESSION_CATEGORY;
}

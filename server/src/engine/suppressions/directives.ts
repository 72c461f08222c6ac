/**
 * Suppression directives: a comment whose text begins with
 * `pin-hygiene-ignore-next-line <rule-id>[, <rule-id>…]: <reason>` (or `pin-hygiene-ignore-line …`
 * for the comment's own line). Only the start of a comment counts, so prose that mentions the
 * directive further on is not one.
 */
import type { FileComment } from './file-comments';

export const DIRECTIVE_PREFIX = 'pin-hygiene-ignore';
export const NEXT_LINE_DIRECTIVE = 'pin-hygiene-ignore-next-line';
export const SAME_LINE_DIRECTIVE = 'pin-hygiene-ignore-line';

/** The reason the "Suppress …" fix writes: a suppression still carrying it is reported as lacking a reason. */
export const REASON_PLACEHOLDER = 'TODO say why this is safe';

export interface DirectiveRuleId {
  id: string;
  start: number;
  end: number;
}

export interface SuppressionDirective {
  /** `unknown`: a `pin-hygiene-ignore…` word that is neither directive (a typo such as `-ignore-nextline`). */
  form: 'next-line' | 'line' | 'unknown';
  comment: FileComment;
  /** The directive word (`pin-hygiene-ignore-next-line`). */
  keywordStart: number;
  keywordEnd: number;
  ruleIds: DirectiveRuleId[];
  /** The reason after the colon, whitespace collapsed; undefined when there is none. */
  reason?: string;
  /** Text after the rule ids that does not follow a colon. */
  strayTextStart?: number;
}

const MAX_RULE_IDS = 64;
const MAX_REASON = 2000;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f';
}

function isIdChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_-]/.test(c);
}

/** The directive a comment holds, or undefined when it holds none. */
export function directiveIn(text: string, comment: FileComment): SuppressionDirective | undefined {
  const end = comment.bodyEnd;
  let i = comment.bodyStart;
  // Leading blanks and the extra `*`, `/` or `!` of doc comments (`/**`, `///`, `/*!`).
  while (i < end && (isSpace(text[i]) || text[i] === '*' || text[i] === '/' || text[i] === '!')) i++;
  if (!text.startsWith(DIRECTIVE_PREFIX, i)) return undefined;
  const keywordStart = i;
  while (i < end && isIdChar(text[i])) i++;
  const keyword = text.slice(keywordStart, i);
  const form = keyword === NEXT_LINE_DIRECTIVE ? 'next-line' : keyword === SAME_LINE_DIRECTIVE ? 'line' : 'unknown';
  const directive: SuppressionDirective = { form, comment, keywordStart, keywordEnd: i, ruleIds: [] };
  if (form === 'unknown') return directive;

  while (directive.ruleIds.length < MAX_RULE_IDS) {
    while (i < end && isSpace(text[i])) i++;
    const idStart = i;
    while (i < end && isIdChar(text[i])) i++;
    if (i === idStart) break;
    directive.ruleIds.push({ id: text.slice(idStart, i), start: idStart, end: i });
    let j = i;
    while (j < end && isSpace(text[j])) j++;
    if (text[j] !== ',') break;
    i = j + 1;
  }
  while (i < end && isSpace(text[i])) i++;
  if (text[i] === ':') {
    const reason = text.slice(i + 1, Math.min(end, i + 1 + MAX_REASON)).replace(/[\s*]+/g, ' ').trim();
    if (reason) directive.reason = reason;
  } else if (i < end) {
    directive.strayTextStart = i;
  }
  return directive;
}

/** Whether a reason is missing in effect: absent, or still the placeholder the fix wrote. */
export function lacksReason(directive: SuppressionDirective): boolean {
  return !directive.reason || directive.reason.toLowerCase() === REASON_PLACEHOLDER.toLowerCase();
}

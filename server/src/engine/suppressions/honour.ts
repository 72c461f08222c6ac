/**
 * Honours suppression directives after the rules of a file have run: drops the findings they
 * silence and says which directives are unused or invalid. A `pin-hygiene-ignore-next-line`
 * directive covers findings that start on the line after the comment (directive-only comment lines
 * in between are stepped over, so directives stack); in XML and plist, when that line begins a start
 * tag, the whole start tag (attributes on later lines included). `pin-hygiene-ignore-line` covers
 * the comment's own line.
 */
import type { Finding, Fix, TextEdit } from '../findings';
import type { FileKind } from '../languages';
import type { Report, TextRange } from '../rule';
import type { LineIndex } from '../text';
import { removalEdit } from '../fixes/text-ranges';
import { directiveIn, lacksReason, NEXT_LINE_DIRECTIVE, REASON_PLACEHOLDER, type DirectiveRuleId, type SuppressionDirective } from './directives';
import { rangeAround, type FileComment, type FileComments } from './file-comments';
import type { RuleStatus } from './rule-status';

export interface SuppressionInput {
  text: string;
  kind: FileKind;
  /** The file's findings, before suppression. */
  findings: readonly Finding[];
  lines: LineIndex;
  comments: FileComments;
  statusOf(ruleId: string): RuleStatus;
}

export interface SuppressionOutcome {
  /** The findings no directive silences. */
  findings: Finding[];
  /** Reports of the `unused-suppression` rule. */
  unused: Report[];
  /** Reports of the `invalid-suppression` rule. */
  invalid: Report[];
}

export function honourSuppressions(input: SuppressionInput): SuppressionOutcome {
  const { text, comments } = input;
  const directives = comments.comments.map((c) => directiveIn(text, c)).filter((d): d is SuppressionDirective => d !== undefined);
  const outcome: SuppressionOutcome = { findings: [...input.findings], unused: [], invalid: [] };
  if (directives.length === 0) return outcome;

  const directiveLines = directiveOnlyLines(input, directives);
  const byOffset = [...input.findings].sort((a, b) => a.offset - b.offset);
  const silenced = new Set<Finding>();
  for (const directive of directives) {
    if (directive.form === 'unknown') {
      outcome.invalid.push(invalidAt(directive.keywordStart, directive.keywordEnd,
        `\`${text.slice(directive.keywordStart, directive.keywordEnd)}\` is not a Pin Hygiene directive, so it suppresses nothing: write \`${NEXT_LINE_DIRECTIVE} <rule-id>: <reason>\` (or \`pin-hygiene-ignore-line\` for the comment's own line).`));
      continue;
    }
    reportReasonProblems(directive, text, outcome);
    const target = targetRange(input, directive, directiveLines);
    const unused: { ruleId: DirectiveRuleId; status: RuleStatus }[] = [];
    let needed = false; // some rule id silenced a finding, or names a rule that is off
    for (const ruleId of directive.ruleIds) {
      const status = input.statusOf(ruleId.id);
      if (status === 'unknown') {
        outcome.invalid.push(invalidAt(ruleId.start, ruleId.end, `\`${ruleId.id}\` is not a Pin Hygiene rule (\`pin-hygiene rules\` lists them), so this suppression silences nothing for it.`));
        continue;
      }
      if (status === 'not-suppressible') {
        outcome.invalid.push(invalidAt(ruleId.start, ruleId.end,
          `\`${ruleId.id}\` cannot be suppressed with a comment: its findings are made across the workspace, against live servers, or about suppression comments themselves. Turn it off with the \`pinHygiene.rules\` setting or \`--rule ${ruleId.id}=off\`.`));
        continue;
      }
      const matched = target ? findingsStartingIn(byOffset, target).filter((f) => f.ruleId === ruleId.id) : [];
      for (const finding of matched) silenced.add(finding);
      if (matched.length > 0 || status === 'off') needed = true;
      else unused.push({ ruleId, status });
    }
    if (unused.length > 0) outcome.unused.push(...unusedReports(input, directive, unused, target, !needed));
  }
  outcome.findings = input.findings.filter((f) => !silenced.has(f));
  return outcome;
}

/** The findings (sorted by offset) that start in [range.start, range.end). */
function findingsStartingIn(byOffset: readonly Finding[], range: TextRange): Finding[] {
  let lo = 0;
  let hi = byOffset.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byOffset[mid].offset < range.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Finding[] = [];
  for (let i = lo; i < byOffset.length && byOffset[i].offset < range.end; i++) found.push(byOffset[i]);
  return found;
}

function invalidAt(start: number, end: number, message: string): Report {
  return { start, end, message };
}

function reportReasonProblems(directive: SuppressionDirective, text: string, outcome: SuppressionOutcome): void {
  const keyword = text.slice(directive.keywordStart, directive.keywordEnd);
  const at = (message: string): void => void outcome.invalid.push(invalidAt(directive.keywordStart, directive.keywordEnd, message));
  if (directive.ruleIds.length === 0) {
    at(`This \`${keyword}\` names no rule, so it suppresses nothing: name the rules to silence, \`${keyword} <rule-id>[, <rule-id>…]: <reason>\`.`);
  } else if (directive.strayTextStart !== undefined) {
    at(`The reason of a suppression follows a colon after the rule ids, which are separated by commas: \`${keyword} ${directive.ruleIds.map((r) => r.id).join(', ')}: <reason>\`.`);
  } else if (lacksReason(directive)) {
    at(directive.reason
      ? `This suppression still has the placeholder reason \`${REASON_PLACEHOLDER}\`: say why the silenced finding is safe, so reviewers can judge it.`
      : `This suppression gives no reason: add one after a colon (\`${keyword} ${directive.ruleIds.map((r) => r.id).join(', ')}: <why this is safe>\`) so reviewers can judge it.`);
  }
}

/**
 * Lines taken up by directive comments alone (blanks around them, or the `{ }` of a JSX comment),
 * mapped to the line the comment ends on: a next-line directive steps over them.
 */
function directiveOnlyLines(input: SuppressionInput, directives: readonly SuppressionDirective[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const { comment } of directives) {
    const first = input.lines.position(comment.start).line;
    const last = input.lines.position(Math.max(comment.start, comment.end - 1)).line;
    const before = input.text.slice(input.lines.lineStart(first), comment.start).trim();
    const after = input.text.slice(comment.end, lineEnd(input, last)).trim();
    if ((before === '' && after === '') || (before === '{' && after === '}')) map.set(first, last);
  }
  return map;
}

function lineEnd(input: SuppressionInput, line: number): number {
  return line + 1 < input.lines.lineCount ? input.lines.lineStart(line + 1) : input.text.length;
}

/** The offsets a directive covers: findings starting there are silenced. Undefined when no line follows. */
function targetRange(input: SuppressionInput, directive: SuppressionDirective, directiveLines: ReadonlyMap<number, number>): TextRange | undefined {
  const { comment } = directive;
  if (directive.form === 'line') {
    const line = input.lines.position(comment.start).line;
    return { start: input.lines.lineStart(line), end: lineEnd(input, line) };
  }
  let line = input.lines.position(Math.max(comment.start, comment.end - 1)).line + 1;
  for (let hops = 0; directiveLines.has(line) && hops < directiveLines.size; hops++) line = directiveLines.get(line)! + 1;
  if (line >= input.lines.lineCount) return undefined;
  const start = input.lines.lineStart(line);
  let end = lineEnd(input, line);
  const tags = input.comments.startTags;
  if (tags) {
    let first = start;
    while (first < end && (input.text[first] === ' ' || input.text[first] === '\t')) first++;
    const tag = rangeAround(tags, first + 1);
    if (tag && tag.start === first) end = Math.max(end, tag.end);
  }
  return { start, end };
}

function unusedReports(
  input: SuppressionInput,
  directive: SuppressionDirective,
  unused: readonly { ruleId: DirectiveRuleId; status: RuleStatus }[],
  target: TextRange | undefined,
  wholeComment: boolean,
): Report[] {
  const where = target ? `line ${input.lines.position(target.start).line + 1}` : 'the line after it (there is none)';
  const why = ({ ruleId, status }: { ruleId: DirectiveRuleId; status: RuleStatus }): string =>
    status === 'other-kind' ? `\`${ruleId.id}\` does not check ${input.kind} files` : `no \`${ruleId.id}\` finding starts on ${where}`;
  const covered = directive.form === 'line' ? 'its own line' : where;
  if (wholeComment) {
    const fix: Fix = { title: 'Remove the unused suppression comment', preferred: true, edits: [commentRemoval(input.text, directive.comment)] };
    return [{
      start: directive.comment.start,
      end: directive.comment.end,
      message: `This suppression silences nothing on ${covered}: ${unused.map(why).join('; ')}. Remove it, so it cannot hide a future finding there.`,
      fixes: [fix],
    }];
  }
  return unused.map((entry) => ({
    start: entry.ruleId.start,
    end: entry.ruleId.end,
    message: `\`${entry.ruleId.id}\` in this suppression silences nothing on ${covered}: ${why(entry)}. Remove it from the list, so it cannot hide a future finding there.`,
    fixes: [{ title: `Remove ${entry.ruleId.id} from the suppression`, preferred: true, edits: [idRemoval(directive.ruleIds, directive.ruleIds.indexOf(entry.ruleId))] }],
  }));
}

/** Deletes a comment with the line it alone occupies, or with the blanks before it when it trails code. */
function commentRemoval(text: string, comment: FileComment): TextEdit {
  let start = comment.start;
  let end = comment.end;
  if (text[start - 1] === '{' && text[end] === '}') {
    start--; // a JSX comment `{/* … */}`
    end++;
  }
  let blanks = start;
  while (blanks > 0 && (text[blanks - 1] === ' ' || text[blanks - 1] === '\t')) blanks--;
  const trailing = blanks > 0 && text[blanks - 1] !== '\n';
  return removalEdit(text, trailing ? blanks : start, end);
}

/** Deletes one rule id from a directive's list with the comma that joins it to a neighbour. */
function idRemoval(ids: readonly DirectiveRuleId[], index: number): TextEdit {
  const id = ids[index];
  if (index < ids.length - 1) return { start: id.start, end: ids[index + 1].start, newText: '' };
  return { start: ids[index - 1].end, end: id.end, newText: '' };
}

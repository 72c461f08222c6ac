/**
 * Workspace-level checks: rules that look at the pin findings of a whole scan (every file, every
 * platform) and return extra findings, such as the same host pinned differently on Android and
 * iOS. Front ends call `runWorkspaceChecks` once a scan is complete (CLI: after the walk; LSP: at
 * the end of the workspace scan). Memory stays small: only `pin`-category findings are kept.
 */
import type { Category, Finding, Severity } from './findings';
import type { Rule } from './rule';
import { ALL_RULES } from './rules';
import type { ScanOptions } from './scanner';

/** What a workspace rule reports: the location is copied from an existing finding (`at`). */
export interface WorkspaceReport {
  at: Finding;
  message: string;
  severity?: Severity;
  host?: string;
  pins?: string[];
}

export interface WorkspaceContext {
  /** Every `pin`-category finding of the scan, in file order. */
  readonly pins: readonly Finding[];
  report(report: WorkspaceReport): void;
}

/** A rule that runs once per workspace scan. Its `detect` is a no-op; it has no file kinds. */
export interface WorkspaceRule extends Rule {
  checkWorkspace(context: WorkspaceContext): void;
}

export function isWorkspaceRule(rule: Rule): rule is WorkspaceRule {
  return typeof (rule as Partial<WorkspaceRule>).checkWorkspace === 'function';
}

const PIN_CATEGORY: Category = 'pin';

/** Collects pin findings while a scan streams, then runs the workspace rules on them. */
export class WorkspaceChecks {
  private readonly pins: Finding[] = [];

  constructor(
    private readonly options: Pick<ScanOptions, 'rules'> = {},
    private readonly rules: readonly Rule[] = ALL_RULES,
  ) {}

  /** Keeps the `pin` findings among `findings` (others are not needed). */
  add(findings: Iterable<Finding>): void {
    for (const f of findings) if (f.category === PIN_CATEGORY) this.pins.push(f);
  }

  /** The findings of every enabled workspace rule, with the users' severity overrides applied. */
  run(): Finding[] {
    const out: Finding[] = [];
    const pins = [...this.pins].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
    for (const rule of this.rules) {
      if (!isWorkspaceRule(rule)) continue;
      const setting = this.options.rules?.[rule.meta.id];
      if (setting === 'off') continue;
      rule.checkWorkspace({
        pins,
        report: (r) => {
          const severity = setting && setting !== 'default' ? setting : (r.severity ?? rule.meta.severity);
          const finding: Finding = {
            ruleId: rule.meta.id,
            category: rule.meta.category,
            severity,
            file: r.at.file,
            line: r.at.line,
            column: r.at.column,
            endLine: r.at.endLine,
            endColumn: r.at.endColumn,
            message: r.message,
            fixable: false,
            offset: r.at.offset,
            endOffset: r.at.endOffset,
          };
          if (r.host !== undefined) finding.host = r.host;
          if (r.pins !== undefined) finding.pins = r.pins;
          out.push(finding);
        },
      });
    }
    return out;
  }
}

/** One-shot form: the workspace findings for the findings of a finished scan. */
export function runWorkspaceChecks(findings: Iterable<Finding>, options: Pick<ScanOptions, 'rules'> = {}, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const checks = new WorkspaceChecks(options, rules);
  checks.add(findings);
  return checks.run();
}

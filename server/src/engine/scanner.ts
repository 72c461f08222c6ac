/**
 * Scans one file's text: picks the rules for its kind, runs the keyword prefilter, then the rules,
 * and turns their reports into findings. Pure: no file system, no LSP.
 */
import { SEVERITY_RANK, compareFindings, type Finding, type Severity } from './findings';
import { fileKindOfDocument, isCodeLanguage, type FileKind } from './languages';
import { buildCodeView, type CodeView } from './lexer/code-view';
import { LineIndex } from './text';
import type { Report, Rule, RuleContext } from './rule';
import { ALL_RULES } from './rules';
import { parseXml, type XmlElement, type XmlParseError } from './xml/xml-document';

/** Per-rule user setting: turn off, keep the rule's default, or force a severity. */
export type RuleSetting = 'off' | 'default' | Severity;

export interface ScanOptions {
  /** Per-rule overrides keyed by rule id. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Files larger than this many UTF-16 code units are skipped. */
  maxFileLength?: number;
}

export interface ScanResult {
  findings: Finding[];
  /** Why the file was not scanned (binary, too large, minified), when it was not. */
  skipped?: string;
  /** An XML/plist file that looked relevant but does not parse: reported so users know. */
  parseError?: { message: string; line: number; column: number };
}

export const DEFAULT_MAX_FILE_LENGTH = 4 * 1024 * 1024;
const MINIFIED_MIN_LENGTH = 64 * 1024;
const MINIFIED_AVERAGE_LINE = 1000;

interface KindPlan {
  rules: Rule[];
  /** Matches any keyword of `rules`; undefined when the kind has no rules. */
  keywords: RegExp | undefined;
  rulesByKeyword: Map<string, Rule[]>;
}

/** A compiled rule set: build once per settings change, then scan many files with it. */
export class Scanner {
  private readonly plans = new Map<FileKind, KindPlan>();
  private readonly maxFileLength: number;

  constructor(
    private readonly options: ScanOptions = {},
    private readonly rules: readonly Rule[] = ALL_RULES,
  ) {
    this.maxFileLength = options.maxFileLength ?? DEFAULT_MAX_FILE_LENGTH;
  }

  /** Whether any enabled rule reads files of this kind (so the walker can skip the rest unread). */
  handles(kind: FileKind): boolean {
    return this.plan(kind).rules.length > 0;
  }

  private plan(kind: FileKind): KindPlan {
    let plan = this.plans.get(kind);
    if (!plan) {
      const rules = this.rules.filter((r) => r.meta.fileKinds.includes(kind) && this.options.rules?.[r.meta.id] !== 'off');
      const rulesByKeyword = new Map<string, Rule[]>();
      for (const rule of rules) {
        for (const keyword of rule.meta.keywords) {
          rulesByKeyword.set(keyword, [...(rulesByKeyword.get(keyword) ?? []), rule]);
        }
      }
      const alternatives = [...rulesByKeyword.keys()]
        .sort((a, b) => b.length - a.length)
        .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      plan = {
        rules,
        keywords: alternatives.length ? new RegExp(alternatives.join('|'), 'g') : undefined,
        rulesByKeyword,
      };
      this.plans.set(kind, plan);
    }
    return plan;
  }

  /** Scans text whose kind is known from its path (or the editor's language id). */
  scan(path: string, text: string, languageId?: string): ScanResult {
    const kind = fileKindOfDocument(path, languageId);
    if (!kind) return { findings: [] };
    return this.scanKind(path, text, kind);
  }

  scanKind(path: string, text: string, kind: FileKind): ScanResult {
    const plan = this.plan(kind);
    if (!plan.keywords) return { findings: [] };
    const skipped = reasonToSkip(text, this.maxFileLength);
    if (skipped) return { findings: [], skipped };

    const candidates = this.prefilter(plan, text);
    if (candidates.length === 0) return { findings: [] };

    const findings: Finding[] = [];
    const lines = new LineIndex(text);
    let codeView: CodeView | undefined;
    let xml: { root?: XmlElement; error?: XmlParseError } | undefined;
    const parse = (): { root?: XmlElement; error?: XmlParseError } => (xml ??= parseXml(text));

    for (const rule of candidates) {
      const context: RuleContext = {
        path,
        text,
        kind,
        code: () => {
          if (!isCodeLanguage(kind)) throw new Error(`${rule.meta.id}: ${kind} files have no code view`);
          return (codeView ??= buildCodeView(text, kind));
        },
        xmlRoot: () => parse().root,
        report: (report) => findings.push(this.toFinding(rule, report, path, lines)),
      };
      rule.detect(context);
    }
    findings.sort(compareFindings);
    const result: ScanResult = { findings };
    if (xml?.error) {
      const at = lines.position(Math.min(xml.error.offset, text.length));
      result.parseError = { message: xml.error.message, line: at.line + 1, column: at.character + 1 };
    }
    return result;
  }

  /** The rules whose keywords occur in the text, found in one pass over it. */
  private prefilter(plan: KindPlan, text: string): Rule[] {
    const regex = plan.keywords!;
    const seen = new Set<string>();
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      seen.add(m[0]);
      if (seen.size === plan.rulesByKeyword.size) break;
    }
    if (seen.size === 0) return [];
    return plan.rules.filter((rule) => rule.meta.keywords.some((k) => seen.has(k)));
  }

  private toFinding(rule: Rule, report: Report, file: string, lines: LineIndex): Finding {
    const from = lines.position(report.start);
    const to = lines.position(Math.max(report.end, report.start));
    const override = this.options.rules?.[rule.meta.id];
    const severity: Severity = override && override !== 'default' && override !== 'off' ? override : (report.severity ?? rule.meta.severity);
    const finding: Finding = {
      ruleId: rule.meta.id,
      category: rule.meta.category,
      severity,
      file,
      line: from.line + 1,
      column: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
      message: report.message,
      fixable: (report.fixes?.length ?? 0) > 0,
      offset: report.start,
      endOffset: report.end,
    };
    if (report.host !== undefined) finding.host = report.host;
    if (report.pins !== undefined) finding.pins = report.pins;
    if (report.fixes?.length) finding.fixes = report.fixes;
    return finding;
  }
}

/** Why a text should not be scanned, or undefined. Cheap: looks at length and a prefix only. */
export function reasonToSkip(text: string, maxLength = DEFAULT_MAX_FILE_LENGTH): string | undefined {
  if (text.length > maxLength) return `larger than ${Math.round(maxLength / 1024)} KiB`;
  if (text.slice(0, 8192).includes('\0')) return 'binary content';
  if (text.length >= MINIFIED_MIN_LENGTH) {
    let newlines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
    if (text.length / (newlines + 1) > MINIFIED_AVERAGE_LINE) return 'minified or generated (very long lines)';
  }
  return undefined;
}

export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

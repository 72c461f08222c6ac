/**
 * Scans one file's text: picks the rules for its kind, runs the keyword prefilter, then the rules,
 * and turns their reports into findings. Pure: no file system, no LSP.
 */
import { SEVERITY_RANK, compareFindings, type Finding, type Severity } from './findings';
import { KeywordMatcher } from './keyword-matcher';
import { fileKindOfDocument, isBinaryKind, isCodeLanguage, type CodeLanguage, type FileKind } from './languages';
import { buildCodeView, type CodeView } from './lexer/code-view';
import { startsWithUtf16Bom } from './read-file';
import { DEFAULT_MAX_FILE_LENGTH, largerThan, reasonToSkip } from './skip-reason';
import { LineIndex } from './text';
import type { ExpirySettings, PinReport, Report, Rule, RuleContext, Undecoded } from './rule';
import { ALL_RULES } from './rules';
import { invalidSuppression } from './rules/invalid-suppression';
import { unusedSuppression } from './rules/unused-suppression';
import { DIRECTIVE_PREFIX } from './suppressions/directives';
import { fileCommentsOf } from './suppressions/file-comments';
import { honourSuppressions } from './suppressions/honour';
import { ruleStatusFor } from './suppressions/rule-status';
import { parseXml, type XmlElement, type XmlParseError } from './xml/xml-document';

/** What the keyword prefilter found in a file's bytes. */
export interface Prefiltered {
  /** The rules whose keywords occur. */
  candidates: readonly Rule[];
  /** Where the keywords of a rule with `meta.recordKeywordOffsets` start (byte offsets, ascending). */
  keywordOffsetsOf(rule: Rule): readonly number[] | undefined;
}

/** Per-rule user setting: turn off, keep the rule's default, or force a severity. */
export type RuleSetting = 'off' | 'default' | Severity;

export interface ScanOptions {
  /** Per-rule overrides keyed by rule id. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Files larger than this many UTF-16 code units are skipped. */
  maxFileLength?: number;
  /** Pin sets and bundled certificates expiring within this many days get a warning (default 30). */
  expiryWarningDays?: number;
  /** The date expiry checks compare with (default: the time of each scan); for tests and reproducible CI. */
  now?: Date;
}

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

export interface ScanResult {
  findings: Finding[];
  /** Why the file was not scanned (binary, too large, minified), when it was not. */
  skipped?: string;
  /** An XML/plist file that looked relevant but does not parse: reported so users know. */
  parseError?: { message: string; line: number; column: number };
}

interface KindPlan {
  rules: Rule[];
  /** Pin rules the user turned off that still run, silently, so pin-health checks see their pins. */
  silent: Set<Rule>;
  /** Finds the rules whose keywords occur (group i is `rules[i]`); undefined when no rule has keywords. */
  keywords: KeywordMatcher | undefined;
}

/** A compiled rule set: build once per settings change, then scan many files with it. */
export class Scanner {
  private readonly plans = new Map<FileKind, KindPlan>();
  /** Longer texts (UTF-16 code units) are skipped. */
  readonly maxFileLength: number;
  private readonly expiryWarningDays: number;
  /** Enabled rules with a `checkPins` hook (pin-health), run on every file's pin reports. */
  private readonly pinCheckers: Rule[];

  constructor(
    private readonly options: ScanOptions = {},
    private readonly rules: readonly Rule[] = ALL_RULES,
  ) {
    this.maxFileLength = options.maxFileLength ?? DEFAULT_MAX_FILE_LENGTH;
    this.expiryWarningDays = options.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
    this.pinCheckers = rules.filter((r) => r.checkPins && this.enabled(r));
  }

  private enabled(rule: Rule): boolean {
    return this.options.rules?.[rule.meta.id] !== 'off';
  }

  /** Whether any enabled rule reads files of this kind (so the walker can skip the rest unread). */
  handles(kind: FileKind): boolean {
    return this.plan(kind).rules.length > 0;
  }

  private plan(kind: FileKind): KindPlan {
    let plan = this.plans.get(kind);
    if (!plan) {
      const feedsPinChecks = (r: Rule): boolean => r.meta.category === 'pin' && this.pinCheckers.length > 0;
      const rules = this.rules.filter((r) => r.meta.fileKinds.includes(kind) && (this.enabled(r) || feedsPinChecks(r)));
      const silent = new Set(rules.filter((r) => !this.enabled(r)));
      const hasKeywords = rules.some((r) => r.meta.keywords.length > 0);
      const recordOffsetsOf = rules.flatMap((r, i) => (r.meta.recordKeywordOffsets ? [i] : []));
      plan = { rules, silent, keywords: hasKeywords ? new KeywordMatcher(rules.map((r) => r.meta.keywords), recordOffsetsOf) : undefined };
      this.plans.set(kind, plan);
    }
    return plan;
  }

  /**
   * The rules whose keywords occur in raw file bytes (what `scanKind` would run once the bytes are
   * decoded), or undefined when the bytes cannot tell: UTF-16 text and binary kinds. Keywords are
   * ASCII, so they match UTF-8 bytes exactly where the text holds them; most files hold none and
   * are never decoded.
   */
  prefilter(kind: FileKind, bytes: Uint8Array): Prefiltered | undefined {
    const plan = this.plan(kind);
    if (!plan.keywords) return { candidates: [], keywordOffsetsOf: () => undefined };
    if (isBinaryKind(kind) || startsWithUtf16Bom(bytes)) return undefined;
    const match = plan.keywords.match(bytes);
    return {
      candidates: match.groups.map((i) => plan.rules[i]),
      keywordOffsetsOf: (rule) => match.offsetsOf(plan.rules.indexOf(rule)),
    };
  }

  /**
   * The candidates whose `mayReport` test (if they have one) passes on the file: the rules worth
   * running. `keywordOffsetsOf`, when given, tells where the prefilter found their keywords in the
   * bytes that `file.view` holds one per character (see `Prefiltered`).
   */
  rulesThatMayReport(candidates: readonly Rule[], file: Undecoded, keywordOffsetsOf?: Prefiltered['keywordOffsetsOf']): readonly Rule[] {
    if (!candidates.some((r) => r.mayReport)) return candidates;
    const fileFor = (r: Rule): Undecoded => (keywordOffsetsOf && r.meta.recordKeywordOffsets ? { ...file, keywordOffsets: keywordOffsetsOf(r) } : file);
    return candidates.filter((r) => !r.mayReport || r.mayReport(fileFor(r)));
  }

  /** Scans text whose kind is known from its path (or the editor's language id). */
  scan(path: string, text: string, languageId?: string): ScanResult {
    const kind = fileKindOfDocument(path, languageId);
    if (!kind) return { findings: [] };
    return this.scanKind(path, text, kind);
  }

  /**
   * Scans a binary file kind (bundled `certificate` files: DER or PEM) from its bytes. Rules get the
   * bytes and the content decoded as latin1 (one character per byte, so PEM offsets are exact).
   * There is no keyword prefilter: every enabled rule of the kind runs.
   */
  scanBytes(path: string, bytes: Uint8Array, kind: FileKind): ScanResult {
    const plan = this.plan(kind);
    if (plan.rules.length === 0) return { findings: [] };
    if (bytes.length > this.maxFileLength) return { findings: [], skipped: largerThan(this.maxFileLength) };
    return this.runRules(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), kind, plan, plan.rules, bytes);
  }

  /**
   * Scans text of a known kind. `candidates`, when given, are the rules worth running on it, as
   * `prefilter` and `rulesThatMayReport` found them from the bytes it was decoded from.
   */
  scanKind(path: string, text: string, kind: FileKind, candidates?: readonly Rule[]): ScanResult {
    if (kind === 'certificate') return this.scanBytes(path, Buffer.from(text, 'latin1'), kind); // a PEM open in the editor
    const plan = this.plan(kind);
    if (!plan.keywords) return { findings: [] };
    const skipped = reasonToSkip(text, this.maxFileLength);
    if (skipped) return { findings: [], skipped };

    if (!candidates) {
      const bytes = Buffer.from(text, 'utf8');
      // Byte offsets are the text's own when it is all ASCII (as long in UTF-8 as in UTF-16).
      const prefiltered = this.prefilter(kind, bytes)!;
      candidates = this.rulesThatMayReport(prefiltered.candidates, { path, kind, view: text, exact: true }, bytes.length === text.length ? prefiltered.keywordOffsetsOf : undefined);
    }
    if (candidates.length === 0) return { findings: [] };
    return this.runRules(path, text, kind, plan, candidates);
  }

  private runRules(path: string, text: string, kind: FileKind, plan: KindPlan, candidates: readonly Rule[], bytes?: Uint8Array): ScanResult {
    const findings: Finding[] = [];
    let lineIndex: LineIndex | undefined; // built on the first finding: most files have none
    const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
    let codeView: CodeView | undefined;
    let xml: { root?: XmlElement; error?: XmlParseError } | undefined;
    const parse = (): { root?: XmlElement; error?: XmlParseError } => (xml ??= parseXml(text));
    const expiry: ExpirySettings = { now: this.options.now ?? new Date(), warningDays: this.expiryWarningDays };
    const pinReports: PinReport[] = [];
    const seenPinHealth = new Set<string>();

    const contextFor = (rule: Rule): RuleContext => ({
      path,
      text,
      kind,
      bytes,
      expiry,
      code: () => {
        if (!isCodeLanguage(kind)) throw new Error(`${rule.meta.id}: ${kind} files have no code view`);
        return (codeView ??= buildCodeView(text, kind));
      },
      xmlRoot: () => parse().root,
      report: (report) => {
        if (rule.meta.category === 'pin' && report.pins?.length) {
          pinReports.push({ ...report, ruleId: rule.meta.id, host: report.host ?? '', pins: report.pins });
        }
        if (plan.silent.has(rule)) return;
        if (rule.meta.category === 'pin-health') {
          // The same problem can reach a pin-health rule twice (its own detect and a pin rule's report).
          const key = `${rule.meta.id}\0${report.start}\0${report.end}\0${report.message}`;
          if (seenPinHealth.has(key)) return;
          seenPinHealth.add(key);
        }
        findings.push(this.toFinding(rule, report, path, lines()));
      },
    });
    for (const rule of candidates) rule.detect(contextFor(rule));
    // Pin-health hook: every pin report of this file, from any pin rule, goes to the pin checkers.
    if (pinReports.length > 0) for (const checker of this.pinCheckers) checker.checkPins!(pinReports, contextFor(checker));
    const kept = this.suppressionsMayApply(text, kind, candidates, findings)
      ? this.applySuppressions(path, text, kind, findings, lines(), () => (codeView ??= buildCodeView(text, kind as CodeLanguage)))
      : findings;
    kept.sort(compareFindings);
    const result: ScanResult = { findings: kept };
    if (xml?.error) {
      const at = lines().position(Math.min(xml.error.offset, text.length));
      result.parseError = { message: xml.error.message, line: at.line + 1, column: at.character + 1 };
    }
    return result;
  }

  /**
   * Whether the text may hold suppression comments: the prefilter saw their keyword (when the
   * suppression rules are on), or, with them off, there are findings that one might silence.
   */
  private suppressionsMayApply(text: string, kind: FileKind, candidates: readonly Rule[], findings: readonly Finding[]): boolean {
    if (isBinaryKind(kind)) return false;
    if (candidates.some((r) => r.meta.keywords.includes(DIRECTIVE_PREFIX))) return true;
    return findings.length > 0 && text.includes(DIRECTIVE_PREFIX);
  }

  /** Drops the findings that suppression comments silence, and adds the suppression rules' findings. */
  private applySuppressions(path: string, text: string, kind: FileKind, findings: Finding[], lines: LineIndex, code: () => CodeView): Finding[] {
    const comments = fileCommentsOf(kind, text, code);
    if (!comments) return findings;
    const outcome = honourSuppressions({ text, kind, findings, lines, comments, statusOf: ruleStatusFor(this.rules, this.options.rules, kind) });
    const report = (rule: Rule, reports: readonly Report[]): void => {
      if (!this.rules.includes(rule) || !this.enabled(rule)) return;
      for (const r of reports) outcome.findings.push(this.toFinding(rule, r, path, lines));
    };
    report(unusedSuppression, outcome.unused);
    report(invalidSuppression, outcome.invalid);
    return outcome.findings;
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
    if (rule.meta.category === 'pin' && report.expiration) finding.expiration = report.expiration.value;
    if (report.fixes?.length) finding.fixes = report.fixes;
    return finding;
  }
}

/** Whether a severity is at least the threshold. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

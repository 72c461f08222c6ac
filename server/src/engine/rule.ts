/** The shape of a rule module: metadata, a detector, and optional fixes (ESLint style). */
import type { CodeView } from './lexer/code-view';
import type { Category, Fix, Severity } from './findings';
import type { FileKind } from './languages';
import type { XmlElement } from './xml/xml-document';

export interface RuleMeta {
  /** Stable kebab-case id; the diagnostic `code` and the docs anchor. */
  id: string;
  /** One line, for lists. */
  title: string;
  category: Category;
  /** Default severity; users may override it per rule. */
  severity: Severity;
  /** File kinds the rule reads; the scanner never runs it on others. */
  fileKinds: readonly FileKind[];
  /** Case-sensitive literals; a file that contains none of them is never given to the rule. */
  keywords: readonly string[];
  /** The prefilter records where the keywords (two characters or more) start, for `mayReport`. */
  recordKeywordOffsets?: boolean;
  fixable: boolean;
  /** Markdown for the docs page: what is flagged, why it is a risk, what to do instead. */
  docs: string;
  /** Ids of equivalent checks in other tools (Android Lint, …), listed in the docs. */
  aliases?: readonly string[];
}

export interface Report {
  /** Zero-based offsets [start, end) of the range to highlight. */
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this report (before user overrides apply). */
  severity?: Severity;
  host?: string;
  pins?: string[];
  /**
   * For `pin` reports: where each entry of `pins` is written (same order; undefined where it cannot
   * be told), so pin-health checks can point at one pin. Additive: pin rules may leave it out.
   */
  pinRanges?: (TextRange | undefined)[];
  /**
   * For `pin` reports whose format has an expiry date for its pins (NSC `<pin-set expiration>`,
   * TrustKit `kTSKExpirationDate`, …): the date as written and its range, or `null` when the format
   * has one and it is not set. Leave undefined when the format has no such date (OkHttp).
   */
  expiration?: { value: string; start: number; end: number } | null;
  fixes?: Fix[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** A report of a `pin` rule as pin-health checks see it (see `Rule.checkPins`). */
export interface PinReport extends Report {
  ruleId: string;
  host: string;
  pins: string[];
}

/** Settings of date-based checks. */
export interface ExpirySettings {
  /** The date expiry checks compare with. */
  now: Date;
  /** Warn this many days before a pin set or a bundled certificate expires. */
  warningDays: number;
}

export interface RuleContext {
  readonly path: string;
  readonly text: string;
  readonly kind: FileKind;
  /** The raw content of binary file kinds (`certificate`); `text` then holds it decoded as latin1. */
  readonly bytes?: Uint8Array;
  readonly expiry: ExpirySettings;
  /** The code view of a source file (comments blanked, strings masked); built once per file. */
  code(): CodeView;
  /** The parsed root element of an XML or plist file, or undefined when it does not parse. */
  xmlRoot(): XmlElement | undefined;
  report(report: Report): void;
}

/**
 * A file as `Rule.mayReport` sees it, before its bytes are decoded: `view` is the text itself when
 * `exact`, else the latin1 view of its UTF-8 bytes (each byte one character). Either way every ASCII
 * character sits where the text has it relative to the others, and every other character of the
 * text shows as characters from U+0080 up: one or two (a surrogate pair) when `exact`, else the
 * two to four bytes of its UTF-8.
 */
export interface Undecoded {
  readonly path: string;
  readonly kind: FileKind;
  readonly view: string;
  /** Whether `view` is the text (always, for editor documents and ASCII files). */
  readonly exact: boolean;
  /** For a rule with `meta.recordKeywordOffsets`: where its keywords start in `view`, ascending, when the prefilter knows. */
  readonly keywordOffsets?: readonly number[];
}

export interface Rule {
  meta: RuleMeta;
  detect(context: RuleContext): void;
  /**
   * Optional cheap test, run when the rule's keywords occur and before the file is decoded: false
   * only when `detect` could report nothing in the file. For rules whose keywords are common words,
   * so that the many files holding them but nothing to report are never decoded or parsed.
   */
  mayReport?(file: Undecoded): boolean;
  /**
   * Pin-health hook: called once per file with every report that `pin`-category rules made in it,
   * whatever platform or syntax they came from (after all `detect` calls). Reports go through
   * `context` as this rule's findings. A rule with only this hook may have no keywords or file kinds.
   */
  checkPins?(reports: readonly PinReport[], context: RuleContext): void;
}

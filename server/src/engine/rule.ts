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
  fixes?: Fix[];
}

export interface RuleContext {
  readonly path: string;
  readonly text: string;
  readonly kind: FileKind;
  /** The code view of a source file (comments blanked, strings masked); built once per file. */
  code(): CodeView;
  /** The parsed root element of an XML or plist file, or undefined when it does not parse. */
  xmlRoot(): XmlElement | undefined;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  detect(context: RuleContext): void;
}

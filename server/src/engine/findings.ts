/** The findings model shared by every front end (LSP, CLI, tests). See DESIGN.md "Findings model". */

/** `suppression`: findings about suppression comments themselves (unused, invalid). */
export type Category = 'pin' | 'tls' | 'secret' | 'pin-health' | 'suppression';
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** A replacement of the half-open UTF-16 offset range [start, end) of one file's text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** The edit a user would most likely want; becomes `isPreferred` in the editor. */
  preferred?: boolean;
  /** Edits of the scanned file. */
  edits: TextEdit[];
  /**
   * Lines the fix adds to other files (created when missing), e.g. a secret moved to a git-ignored
   * `local.properties`. The engine cannot see those files, so a front end resolves and reads them.
   */
  appends?: FileAppend[];
  /** A step left to the user after the edit (a registration command); such fixes never run in fix-all. */
  followUp?: string;
}

/** Lines appended to a file other than the scanned one. */
export interface FileAppend {
  /** File name, resolved in the scanned file's folder, or in the folder `besideOneOf` picks. */
  file: string;
  /**
   * Put `file` in the nearest folder, from the scanned file's folder upwards, that holds one of
   * these names (`settings.gradle` for the project's `local.properties`); the scanned file's folder when none does.
   */
  besideOneOf?: string[];
  /** Lines to append; a line the file already has is left out. */
  lines: string[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Path as given to the scanner (relative to the scan root in the CLI, absolute in the server). */
  file: string;
  /** 1-based line and column; columns count UTF-16 code units, as LSP does. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
  /** For `pin` and `pin-health`: the pinned host(s) concerned. */
  host?: string;
  /** For `pin` and `pin-health`: pins in canonical `sha256/BASE64` (or `sha1/BASE64`) form. */
  pins?: string[];
  /**
   * For `pin` findings whose format dates its pin set (NSC `expiration`, TrustKit
   * `kTSKExpirationDate`): the date as written. Internal, like the offsets: used by live checks.
   */
  expiration?: string;
  /** Zero-based offsets of the finding in the scanned text, for fixes and suppressions. */
  offset: number;
  endOffset: number;
  fixes?: Fix[];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Semgrep-style test annotations (`ruleid: id`, `ok: id`, and the `todoruleid:`/`todook:` forms)
 * read as category-level labels, and the comparison of a file's findings with them. Used by
 * `external-accuracy.ts` to measure the rules on public labelled suites the project does not ship.
 */
import type { Category, Finding } from '../../server/src/engine';

/**
 * External rule id → our category, or `{ category, scope: 'block' }` when the external rule labels
 * parts of a construct that ours reports once (each method of a trust manager, the declaration of a
 * config whose insecure field is set lines later): the label then covers the innermost `{…}` block
 * around the annotated line. Ids not in the map are not scored.
 */
export type SuiteMap = Record<string, Category | { category: Category; scope: 'block' }>;

export interface ExternalLabel {
  /** `expect`: a finding of `category` must start in [line, endLine]; `ok`: none may. */
  kind: 'expect' | 'ok';
  category: Category;
  /** The annotated line (1-based) and the last line of the construct that starts there. */
  line: number;
  endLine: number;
  externalIds: string[];
}

// `todoruleid` marks a true positive the external tool misses and `todook` a false positive it
// makes, so for us they are plain positives and negatives.
const ANNOTATION = /\b(todoruleid|ruleid|todook|ok)\s*:\s*([\w.-]+(?:\s*,\s*[\w.-]+)*)/;
/** A line that continues the declaration above it (`throws …`, the `{` of a body, a chained call). */
const CONTINUATION = /^\s*(?:throws\b|\{|\.)/;
/** How far a construct may reach below its annotated line. */
const MAX_CONSTRUCT_LINES = 200;

/**
 * Labels of one file. An annotation applies to the next line that carries no annotation (stacked
 * annotations share it). The external tool reports a construct where it starts and ours may point
 * inside it (the method of a class, the `proceed()` of a handler), so a label covers the construct
 * that starts on its line: up to where brackets opened on that line (or the line below, for an
 * annotation such as `@Override` alone on a line) close again.
 */
export function externalLabels(text: string, map: SuiteMap): ExternalLabel[] {
  const lines = text.split('\n');
  const labels: ExternalLabel[] = [];
  const pending: { kind: 'expect' | 'ok'; ids: string[] }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const m = ANNOTATION.exec(lines[index]);
    if (m) {
      pending.push({ kind: m[1].endsWith('ok') ? 'ok' : 'expect', ids: m[2].split(',').map((s) => s.trim()) });
      continue;
    }
    if (pending.length === 0) continue;
    for (const { kind, ids } of pending.splice(0)) {
      for (const id of ids) {
        const entry = map[id];
        if (!entry) continue;
        const category = typeof entry === 'string' ? entry : entry.category;
        const block = typeof entry === 'string' ? undefined : enclosingBlock(lines, index);
        const line = block ? block.start + 1 : index + 1;
        const endLine = block ? block.end + 1 : constructEnd(lines, index) + 1;
        const same = labels.find((l) => l.kind === kind && l.category === category && l.line === line && l.endLine === endLine);
        if (same) {
          if (!same.externalIds.includes(id)) same.externalIds.push(id);
        } else {
          labels.push({ kind, category, line, endLine, externalIds: [id] });
        }
      }
    }
  }
  return labels;
}

/** Zero-based index of the last line of the construct starting at `start` (see `externalLabels`). */
function constructEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let opened = false;
  const limit = Math.min(lines.length, start + MAX_CONSTRUCT_LINES);
  for (let index = start; index < limit; index++) {
    for (const ch of withoutStrings(lines[index])) {
      if (ch === '{' || ch === '(' || ch === '[') {
        depth++;
        opened = true;
      } else if (ch === '}' || ch === ')' || ch === ']') {
        depth--;
      }
    }
    const continues = CONTINUATION.test(lines[index + 1] ?? '');
    if (opened && depth <= 0 && !continues) return index;
    if (!opened && !continues && !(index === start && /^\s*@\w+\s*$/.test(lines[index]))) return index;
  }
  return opened ? limit - 1 : start;
}

/** Zero-based first and last lines of the innermost `{…}` block open where line `at` starts. */
function enclosingBlock(lines: readonly string[], at: number): { start: number; end: number } | undefined {
  const open: number[] = [];
  let depth = -1;
  let start = -1;
  for (let index = 0; index < lines.length; index++) {
    if (index === at) {
      if (open.length === 0) return undefined;
      depth = open.length;
      start = open[open.length - 1];
    }
    for (const ch of withoutStrings(lines[index])) {
      if (ch === '{') open.push(index);
      else if (ch === '}') {
        open.pop();
        if (depth > 0 && open.length < depth) return { start, end: index };
      }
    }
  }
  return undefined;
}

/** The line with simple string literals and a trailing `//` or `#` comment removed (brackets only). */
function withoutStrings(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""').replace(/(?:\/\/|\s#).*$/, '');
}

export interface Comparison {
  /** Expect labels a finding satisfied, and those none did. */
  found: ExternalLabel[];
  missed: ExternalLabel[];
  /** Findings of a scored category that no expect label accounts for (on an `ok:` line or unlabelled). */
  falseAlarms: { finding: Finding; onOkLine: boolean }[];
}

/**
 * Compares one file's findings with its labels, at category level. Only categories the file's
 * labels name are scored: a suite about trust managers says nothing about pins in the same file.
 * Several findings inside one expected construct count once.
 */
export function compareWithLabels(findings: readonly Finding[], labels: readonly ExternalLabel[]): Comparison {
  const scored = new Set(labels.map((l) => l.category));
  // A finding inside the construct, or one that encloses the annotated line (ours may start higher).
  const within = (f: Finding, l: ExternalLabel) =>
    f.category === l.category && ((f.line >= l.line && f.line <= l.endLine) || (f.line < l.line && f.endLine >= l.line));
  const expects = labels.filter((l) => l.kind === 'expect');
  const found = expects.filter((l) => findings.some((f) => within(f, l)));
  const missed = expects.filter((l) => !found.includes(l));
  const falseAlarms = findings
    .filter((f) => scored.has(f.category) && !expects.some((l) => within(f, l)))
    .map((finding) => ({ finding, onOkLine: labels.some((l) => l.kind === 'ok' && within(finding, l)) }));
  return { found, missed, falseAlarms };
}

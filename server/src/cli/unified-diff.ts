/**
 * A unified diff (as `diff -u` and `git diff` print it, applicable with `patch -p1` / `git apply`)
 * of the edits a fix run made to one file. It is built from the edits themselves, not by comparing
 * texts, so it costs time linear in the file and shows exactly what the fixes changed.
 */
import type { TextEdit } from '../engine';
import { LineIndex } from '../engine';

const CONTEXT_LINES = 3;

interface Change {
  /** Zero-based first old line and number of old lines replaced. */
  oldStart: number;
  oldLines: string[];
  newLines: string[];
}

/** The diff of `original` and the result of `edits` (sorted, non-overlapping offsets of `original`); '' when nothing changes. */
export function unifiedDiff(file: string, original: string, edits: readonly TextEdit[]): string {
  const changes = lineChanges(original, edits);
  if (changes.length === 0) return '';
  const oldLines = splitLines(original);
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let shift = 0; // new line number minus old line number, before the current hunk
  for (let i = 0; i < changes.length; ) {
    // One hunk: changes whose context would touch or overlap.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1].oldStart - end(changes[j]) <= 2 * CONTEXT_LINES) j++;
    const from = Math.max(0, changes[i].oldStart - CONTEXT_LINES);
    const to = Math.min(oldLines.length, end(changes[j]) + CONTEXT_LINES);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = from;
    let hunkShift = 0;
    for (let k = i; k <= j; k++) {
      for (; line < changes[k].oldStart; line++, oldCount++, newCount++) body.push(...diffLine(' ', oldLines[line]));
      for (const l of changes[k].oldLines) body.push(...diffLine('-', l));
      for (const l of changes[k].newLines) body.push(...diffLine('+', l));
      oldCount += changes[k].oldLines.length;
      newCount += changes[k].newLines.length;
      hunkShift += changes[k].newLines.length - changes[k].oldLines.length;
      line = end(changes[k]);
    }
    for (; line < to; line++, oldCount++, newCount++) body.push(...diffLine(' ', oldLines[line]));
    out.push(`@@ -${range(from, oldCount)} +${range(from + shift, newCount)} @@`, ...body);
    shift += hunkShift;
    i = j + 1;
  }
  return out.join('\n') + '\n';
}

function end(change: Change): number {
  return change.oldStart + change.oldLines.length;
}

/** `start,count` with 1-based start; an empty range names the line before it, as diff does. */
function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

/** A line of the diff body, and the marker diff prints after a last line without a line end. */
function diffLine(mark: string, line: string): string[] {
  const content = line.endsWith('\r\n') ? line.slice(0, -2) + '\r' : line.endsWith('\n') ? line.slice(0, -1) : line;
  return line.endsWith('\n') ? [mark + content] : [mark + content, '\\ No newline at end of file'];
}

/** Lines with their line ends kept, so a missing final line end and CRLF survive. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** The edits as whole-line changes: edits sharing a line are merged, unchanged lines at either end are dropped. */
function lineChanges(original: string, edits: readonly TextEdit[]): Change[] {
  const index = new LineIndex(original);
  const lineStartOf = (offset: number): number => index.lineStart(index.position(offset).line);
  const lineEndOf = (offset: number): number => {
    const newline = original.indexOf('\n', offset);
    return newline === -1 ? original.length : newline + 1;
  };
  const regions: { start: number; end: number; edits: TextEdit[] }[] = [];
  for (const edit of edits) {
    const start = lineStartOf(edit.start);
    // A range ending at a line start (after a line end) does not reach into the next line.
    const end = edit.end > start && original[edit.end - 1] === '\n' ? edit.end : lineEndOf(edit.end);
    const last = regions[regions.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else {
      regions.push({ start, end, edits: [edit] });
    }
  }
  const changes: Change[] = [];
  for (const region of regions) {
    let replaced = '';
    let cursor = region.start;
    for (const edit of region.edits) {
      replaced += original.slice(cursor, edit.start) + edit.newText;
      cursor = edit.end;
    }
    replaced += original.slice(cursor, region.end);
    const oldLines = splitLines(original.slice(region.start, region.end));
    const newLines = splitLines(replaced);
    // Lines the edits left as they were (an inserted line before an unchanged one, say) are context.
    let head = 0;
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
    let tail = 0;
    while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++;
    if (head === oldLines.length && head === newLines.length) continue;
    changes.push({
      oldStart: index.position(region.start).line + head,
      oldLines: oldLines.slice(head, oldLines.length - tail),
      newLines: newLines.slice(head, newLines.length - tail),
    });
  }
  return changes;
}

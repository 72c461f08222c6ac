/** Corpus labels: `ph-expect` comments in files and `labels.json` files (see accuracy.ts). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface Label {
  file: string;
  line: number;
  ruleId: string;
}

const MARKER = /ph-expect(-next-line)?:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/g;

export function labelsInText(file: string, text: string): Label[] {
  const labels: Label[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const m of line.matchAll(MARKER)) {
      for (const ruleId of m[2].split(',').map((s) => s.trim())) {
        labels.push({ file, line: index + 1 + (m[1] ? 1 : 0), ruleId });
      }
    }
  });
  return labels;
}

/** Every `labels.json` under `root`, with file paths made relative to `root`. */
export async function readLabelsJson(root: string): Promise<Label[]> {
  const labels: Label[] = [];
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== 'labels.json') continue;
    const folder = entry.parentPath ?? (entry as { path?: string }).path ?? root;
    try {
      for (const label of JSON.parse(await fs.readFile(path.join(folder, entry.name), 'utf8')) as Label[]) {
        labels.push({ ...label, file: path.relative(root, path.join(folder, label.file)).split(path.sep).join('/') });
      }
    } catch {
      console.warn(`Ignoring unreadable ${path.join(folder, entry.name)}`);
    }
  }
  return labels;
}


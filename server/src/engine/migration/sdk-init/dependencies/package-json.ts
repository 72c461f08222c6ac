/**
 * package.json: `"<package>": "^<version>"` in `dependencies`, in sorted position when the entries
 * are sorted (as npm writes them), with the file's indentation; the JSON stays valid.
 */
import type { TextEdit } from '../../../findings';
import { lineEnding } from '../text-layout';

interface Member {
  key: string;
  keyStart: number;
  valueStart: number;
  /** Offset just past the value. */
  valueEnd: number;
}

/** Offset just past the string literal starting at `start` (a `"`), or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Offset just past the JSON value starting at `start`. */
function valueEnd(text: string, start: number): number {
  if (text[start] === '"') return stringEnd(text, start);
  if (text[start] === '{' || text[start] === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        const end = stringEnd(text, i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
    }
    return -1;
  }
  const m = /^[^,}\]\s]+/.exec(text.slice(start, start + 100));
  return m ? start + m[0].length : -1;
}

/** The members of the object whose `{` is at `open`, with offsets; undefined when it does not read as JSON. */
function members(text: string, open: number): { members: Member[]; close: number } | undefined {
  const found: Member[] = [];
  let i = skipWhitespace(text, open + 1);
  while (i < text.length && text[i] !== '}') {
    if (text[i] !== '"') return undefined;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return undefined;
    const colon = skipWhitespace(text, keyEnd);
    if (text[colon] !== ':') return undefined;
    const valueStart = skipWhitespace(text, colon + 1);
    const end = valueEnd(text, valueStart);
    if (end < 0) return undefined;
    found.push({ key: JSON.parse(text.slice(i, keyEnd)) as string, keyStart: i, valueStart, valueEnd: end });
    i = skipWhitespace(text, end);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return i < text.length ? { members: found, close: i } : undefined;
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

export type PackageJsonEdit = { edit?: TextEdit } | { reason: string };

/** The edit adding `name` at `range` to `dependencies` (no edit when it is already a dependency). */
export function packageJsonEdit(text: string, name: string, range: string): PackageJsonEdit {
  let parsed: { dependencies?: Record<string, unknown>; devDependencies?: Record<string, unknown> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    return { reason: `package.json does not parse (${(error as Error).message})` };
  }
  if (parsed?.dependencies?.[name] !== undefined || parsed?.devDependencies?.[name] !== undefined) return {};
  const eol = lineEnding(text);
  const rootOpen = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const root = text[rootOpen] === '{' ? members(text, rootOpen) : undefined;
  if (!root) return { reason: 'package.json is not an object' };
  const rootIndent = root.members.length > 0 ? indentOf(text, root.members[0].keyStart) : '  ';
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(range)}`;

  const dependencies = root.members.find((m) => m.key === 'dependencies');
  if (!dependencies) {
    const block = `"dependencies": {${eol}${rootIndent}${rootIndent}${entry}${eol}${rootIndent}}`;
    const last = root.members.at(-1);
    if (!last) return { edit: { start: rootOpen + 1, end: root.close, newText: `${eol}${rootIndent}${block}${eol}` } };
    return { edit: { start: last.valueEnd, end: last.valueEnd, newText: `,${eol}${rootIndent}${block}` } };
  }
  if (text[dependencies.valueStart] !== '{') return { reason: 'dependencies is not an object' };
  const deps = members(text, dependencies.valueStart);
  if (!deps) return { reason: 'the dependencies object does not read as JSON' };
  const outer = indentOf(text, dependencies.keyStart);
  if (deps.members.length === 0) {
    return { edit: { start: dependencies.valueStart, end: deps.close + 1, newText: `{${eol}${outer}${rootIndent}${entry}${eol}${outer}}` } };
  }
  const indent = indentOf(text, deps.members[0].keyStart);
  const keys = deps.members.map((m) => m.key.toLowerCase());
  const sorted = keys.every((k, i) => i === 0 || keys[i - 1] <= k);
  const next = sorted ? deps.members.find((m) => m.key.toLowerCase() > name.toLowerCase()) : undefined;
  if (next) return { edit: { start: next.keyStart, end: next.keyStart, newText: `${entry},${eol}${indent}` } };
  const last = deps.members[deps.members.length - 1];
  return { edit: { start: last.valueEnd, end: last.valueEnd, newText: `,${eol}${indent}${entry}` } };
}

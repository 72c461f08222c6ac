/**
 * CocoaPods: the service layer's `pod '…', :git => '…', :tag => '<version>'` line in the app target
 * of the Podfile (after its last `pod`), unless an Approov pod is already there.
 */
import type { TextEdit } from '../../../findings';
import { lineEnding } from '../text-layout';

export interface PodSpec {
  name: string;
  git: string;
  tag: string;
}

export function podLine(spec: PodSpec): string {
  return `pod '${spec.name}', :git => '${spec.git}', :tag => '${spec.tag}'`;
}

export function podfileDeclaresApproov(text: string): boolean {
  return /^[ \t]*pod[ \t]+['"]Approov/m.test(text);
}

const OPENS_BLOCK = /\bdo(?:[ \t]*\|[^|\n]*\|)?[ \t]*(?:#.*)?$|^[ \t]*(?:if|unless|def|class|module|case|while|until|begin)\b/;
const CLOSES_BLOCK = /^[ \t]*end\b/;

/** The edit adding the pod to the first non-test target, or undefined when an Approov pod is declared. */
export function podfileEdit(text: string, spec: PodSpec): TextEdit | undefined {
  if (podfileDeclaresApproov(text)) return undefined;
  const eol = lineEnding(text);
  const lines = text.split('\n');
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const code = lines.map((l) => l.replace(/\r$/, '').replace(/(^|[ \t])#.*$/, '$1'));

  let target = -1;
  for (let i = 0; i < code.length; i++) {
    const m = /^[ \t]*target[ \t]+['"]([^'"]+)['"][ \t]+do\b/.exec(code[i]);
    if (m && !/Tests$/.test(m[1])) {
      target = i;
      break;
    }
  }
  const line = podLine(spec);
  if (target < 0) {
    const separator = text.endsWith('\n') || text.length === 0 ? '' : eol;
    return { start: text.length, end: text.length, newText: `${separator}${line}${eol}` };
  }

  // Lines directly inside the target block (depth 1), up to its `end`.
  let depth = 1;
  let lastPod = -1;
  let firstInside = target + 1;
  let end = lines.length;
  for (let i = target + 1; i < code.length; i++) {
    if (CLOSES_BLOCK.test(code[i])) {
      depth--;
      if (depth === 0) {
        end = i;
        break;
      }
      continue;
    }
    if (depth === 1 && /^[ \t]*pod[ \t]/.test(code[i])) lastPod = i;
    if (depth === 1 && /^[ \t]*use_frameworks!/.test(code[i]) && lastPod < 0) firstInside = i + 1;
    if (OPENS_BLOCK.test(code[i])) depth++;
  }
  const anchor = lastPod >= 0 ? lastPod : -1;
  const indent = anchor >= 0 ? /^[ \t]*/.exec(lines[anchor])![0] : /^[ \t]*/.exec(lines[target])![0] + '  ';
  const insertLine = anchor >= 0 ? anchor + 1 : Math.min(firstInside, end);
  const at = insertLine < offsets.length ? offsets[insertLine] : text.length;
  return { start: at, end: at, newText: `${indent}${line}${eol}` };
}

/**
 * Where a file gives a value a name: the places a secret can sit and the name a quick fix uses as
 * its placeholder. One list per file, sorted by offset, shared by every secret rule (the code view
 * and XML tree are built once per file by the scanner; text formats are cached here by identity).
 */
import { isCodeLanguage, type FileKind } from '../../../languages';
import type { CodeView, StringToken } from '../../../lexer/code-view';
import type { RuleContext } from '../../../rule';
import type { XmlElement } from '../../../xml/xml-document';
import { previousNonSpace } from '../code-syntax';
import { dictEntries, plistTopValue } from '../plist';

export type SiteShape =
  | 'code-string'
  /** The value argument of Gradle `buildConfigField`/`resValue` (`"\"…\""` for buildConfigField). */
  | 'gradle-field'
  | 'xml-text'
  | 'xml-attribute'
  | 'plist-string'
  | 'json'
  | 'yaml'
  | 'properties'
  | 'env';

export interface SecretSite {
  shape: SiteShape;
  /** The name the value is given (`mapsApiKey`, `MAPS_KEY`, `com.google.android.geo.API_KEY`), when there is one. */
  name?: string;
  /** Offsets of the value as written (inside quotes or tags). */
  valueStart: number;
  valueEnd: number;
  /** Offsets of the whole literal, delimiters included; for line formats the whole line without its newline. */
  literalStart: number;
  literalEnd: number;
}

/** Bounds on hostile input: sites per file and the longest line the line formats read. */
const MAX_SITES = 20_000;
export const MAX_LINE = 8192;
const MAX_XML_ELEMENTS = 50_000;

const byView = new WeakMap<CodeView, SecretSite[]>();
const byXml = new WeakMap<XmlElement, SecretSite[]>();
let lastText: { text: string; kind: FileKind; sites: SecretSite[] } | undefined;

/** The sites of the file `context` is scanning, computed once per file. */
export function secretSites(context: RuleContext): SecretSite[] {
  const { kind, text } = context;
  if (isCodeLanguage(kind)) {
    const view = context.code();
    let sites = byView.get(view);
    if (!sites) byView.set(view, (sites = codeSites(view, kind === 'groovy' || context.path.endsWith('.gradle.kts'))));
    return sites;
  }
  if (kind === 'xml' || kind === 'plist') {
    const root = context.xmlRoot();
    if (!root) return [];
    let sites = byXml.get(root);
    if (!sites) byXml.set(root, (sites = kind === 'plist' ? plistSites(context) : xmlSites(root, text)));
    return sites;
  }
  if (lastText && lastText.text === text && lastText.kind === kind) return lastText.sites;
  const sites = kind === 'json' ? jsonSites(text) : kind === 'yaml' || kind === 'properties' || kind === 'env' ? lineSites(text, kind) : [];
  lastText = { text, kind, sites };
  return sites;
}

/** The innermost site whose value holds [start, end), if any. */
export function siteAt(sites: readonly SecretSite[], start: number, end: number): SecretSite | undefined {
  let lo = 0;
  let hi = sites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sites[mid].valueStart <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    if (sites[i].valueStart <= start && end <= sites[i].valueEnd) return sites[i];
  }
  return undefined;
}

// ---- code -------------------------------------------------------------------------------------

const IDENT_CHAR = /[\w$.]/;

function codeSites(view: CodeView, gradle: boolean): SecretSite[] {
  const sites: SecretSite[] = [];
  const masked = view.masked;
  for (const token of view.strings) {
    if (sites.length >= MAX_SITES) break;
    const name = nameOfLiteral(view, token);
    const shape: SiteShape = gradle && isGradleFieldValue(masked, token) ? 'gradle-field' : 'code-string';
    sites.push({ shape, name, valueStart: token.valueStart, valueEnd: token.valueEnd, literalStart: token.start, literalEnd: token.end });
  }
  return sites;
}

/**
 * The name a string literal is given: the variable, property or key it is assigned to
 * (`key = "…"`, `key: "…"`, `"key": "…"`, `#define KEY @"…"`), the string argument before it
 * (`header("X-Api-Key", "…")`, `buildConfigField("String", "KEY", "…")`), or the function it is
 * passed to alone (`setApiKey("…")`).
 */
function nameOfLiteral(view: CodeView, token: StringToken): string | undefined {
  const masked = view.masked;
  const before = previousNonSpace(masked, token.start);
  if (before < 0) return undefined;
  const c = masked[before];
  if (c === '=' && !/[=!<>]/.test(masked[before - 1] ?? '')) {
    const at = masked[before - 1] === ':' ? before - 1 : before; // Go `:=`
    const name = identifierBefore(masked, at);
    if (name?.text && name.text !== 'String' && !/^(?:string|String|str|NSString|var|let|val|const)$/.test(name.text)) return lastSegment(name.text);
    // `val key: String = "…"`: the name is before the type annotation.
    if (name) {
      const colon = previousNonSpace(masked, name.start);
      if (masked[colon] === ':') return lastSegment(identifierBefore(masked, colon)?.text ?? '') || undefined;
    }
    return undefined;
  }
  if (c === ':') {
    const quoted = stringEndingAt(view, previousNonSpace(masked, before));
    if (quoted) return quoted.value;
    return lastSegment(identifierBefore(masked, before)?.text ?? '') || undefined;
  }
  if (c === ',') {
    const previous = stringEndingAt(view, previousNonSpace(masked, before));
    return previous?.value || undefined;
  }
  if (c === '(') {
    const callee = identifierBefore(masked, before)?.text;
    return callee ? lastSegment(callee) : undefined;
  }
  // `#define API_KEY @"…"`
  const word = identifierBefore(masked, before + 1);
  if (word && /#\s*define\s*$/.test(masked.slice(Math.max(0, word.start - 16), word.start))) return word.text;
  return undefined;
}

function identifierBefore(masked: string, end: number): { text: string; start: number } | undefined {
  let i = previousNonSpace(masked, end);
  const stop = i + 1;
  // `self.apiKey`, `obj?.apiKey`, `$apiKey` (PHP-like), bounded so a long run cannot cost much.
  while (i >= 0 && stop - i < 128 && (IDENT_CHAR.test(masked[i]) || (masked[i] === '?' && masked[i + 1] === '.'))) i--;
  const text = masked.slice(i + 1, stop);
  return /[A-Za-z_$]/.test(text) ? { text, start: i + 1 } : undefined;
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).replace(/^\$/, '');
}

function stringEndingAt(view: CodeView, last: number): StringToken | undefined {
  if (last < 0) return undefined;
  // Tokens are sorted by start; the one ending at `last` starts before it.
  const candidates = view.stringsIn(Math.max(0, last - 4096), last + 1);
  const token = candidates[candidates.length - 1];
  return token && token.end === last + 1 ? token : undefined;
}

/** The third argument of `buildConfigField`/`resValue` (Groovy with or without parentheses, Kotlin DSL). */
function isGradleFieldValue(masked: string, token: StringToken): boolean {
  const lineStart = masked.lastIndexOf('\n', token.start - 1) + 1;
  return /\b(?:buildConfigField|resValue)\b\s*\(?\s*"[^"\n]*"\s*,\s*"[^"\n]*"\s*,\s*$/.test(masked.slice(lineStart, token.start));
}

// ---- XML and plist ----------------------------------------------------------------------------

function xmlSites(root: XmlElement, text: string): SecretSite[] {
  const sites: SecretSite[] = [];
  const stack: XmlElement[] = [root];
  let visited = 0;
  while (stack.length && visited++ < MAX_XML_ELEMENTS && sites.length < MAX_SITES) {
    const element = stack.pop()!;
    const nameAttribute = element.attributes.find((a) => a.name === 'name' || a.name === 'android:name' || a.name === 'key');
    for (const attribute of element.attributes) {
      if (attribute === nameAttribute) continue;
      // `<meta-data android:name="…API_KEY" android:value="…"/>`: the value is named by android:name.
      const name = nameAttribute && /(?:^|:)value$/.test(attribute.name) ? nameAttribute.value : attribute.name;
      sites.push({ shape: 'xml-attribute', name, valueStart: attribute.valueStart, valueEnd: attribute.valueEnd, literalStart: attribute.valueStart - 1, literalEnd: attribute.valueEnd + 1 });
    }
    if (element.children.length === 0 && element.contentEnd > element.startTagEnd) {
      const raw = text.slice(element.startTagEnd, element.contentEnd);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      sites.push({
        shape: 'xml-text',
        name: nameAttribute?.value ?? element.name,
        valueStart: element.startTagEnd + lead,
        valueEnd: element.contentEnd - trail,
        literalStart: element.start,
        literalEnd: element.end,
      });
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
  return sites.sort((a, b) => a.valueStart - b.valueStart);
}

function plistSites(context: RuleContext): SecretSite[] {
  const sites: SecretSite[] = [];
  const visit = (dict: XmlElement | undefined, depth: number): void => {
    if (!dict || depth > 32) return;
    for (const entry of dictEntries(dict)) {
      if (sites.length >= MAX_SITES) return;
      const value = entry.value;
      if (value?.name === 'string' && value.contentEnd > value.startTagEnd) {
        const raw = context.text.slice(value.startTagEnd, value.contentEnd);
        const lead = raw.length - raw.trimStart().length;
        const trail = raw.length - raw.trimEnd().length;
        sites.push({ shape: 'plist-string', name: entry.key, valueStart: value.startTagEnd + lead, valueEnd: value.contentEnd - trail, literalStart: value.start, literalEnd: value.end });
      } else if (value?.name === 'dict') {
        visit(value, depth + 1);
      } else if (value?.name === 'array') {
        for (const item of value.children) if (item.name === 'dict') visit(item, depth + 1);
      }
    }
  };
  visit(plistTopValue(context), 0);
  return sites.sort((a, b) => a.valueStart - b.valueStart);
}

// ---- JSON ---------------------------------------------------------------------------------------

/** String values of a JSON (or JSONC) text with the key they belong to; arrays inherit their key. */
function jsonSites(text: string): SecretSite[] {
  const sites: SecretSite[] = [];
  const keys: (string | undefined)[] = [];
  let lastKey: string | undefined;
  for (let i = 0; i < text.length && sites.length < MAX_SITES; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      keys.push(lastKey);
      if (c === '{') lastKey = undefined;
    } else if (c === '}' || c === ']') {
      lastKey = keys.pop();
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? text.length : end;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      const value = text.slice(i + 1, Math.min(j, text.length));
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
      if (text[k] === ':') lastKey = value;
      else sites.push({ shape: 'json', name: lastKey ?? keys[keys.length - 1], valueStart: i + 1, valueEnd: j, literalStart: i, literalEnd: j + 1 });
      i = j;
    }
  }
  return sites;
}

// ---- YAML, .properties, .env --------------------------------------------------------------------

const YAML_ENTRY = /^[ \t]*(?:-[ \t]+)?("[^"]{1,200}"|'[^']{1,200}'|[^\s:#'"][^:#]{0,200}?)[ \t]*:[ \t]+(?=\S)/;
const PROPERTIES_ENTRY = /^[ \t]*([^\s=:#!][^\s=:]{0,200})[ \t]*[=:][ \t]*/;
const ENV_ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]{0,200})[ \t]*=[ \t]*/;

function lineSites(text: string, kind: 'yaml' | 'properties' | 'env'): SecretSite[] {
  const sites: SecretSite[] = [];
  const entry = kind === 'yaml' ? YAML_ENTRY : kind === 'properties' ? PROPERTIES_ENTRY : ENV_ENTRY;
  for (let start = 0; start < text.length && sites.length < MAX_SITES; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const line = text.slice(start, Math.min(lineEnd, start + MAX_LINE));
    const m = entry.exec(line);
    if (m) {
      const value = valueSpan(line, m[0].length, kind);
      if (value) {
        sites.push({
          shape: kind,
          name: m[1].replace(/^["']|["']$/g, ''),
          valueStart: start + value.start,
          valueEnd: start + value.end,
          literalStart: start,
          literalEnd: lineEnd,
        });
      }
    }
    start = end + 1;
  }
  return sites;
}

/** The value of a `key = value` line: inside quotes when quoted, else up to a ` #` comment, trimmed. */
function valueSpan(line: string, from: number, kind: 'yaml' | 'properties' | 'env'): { start: number; end: number } | undefined {
  const quote = line[from];
  if ((quote === '"' || quote === "'") && kind !== 'properties') {
    const close = line.indexOf(quote, from + 1);
    return close > from ? { start: from + 1, end: close } : undefined;
  }
  let end = line.length;
  if (kind !== 'properties') {
    const comment = line.indexOf(' #', from);
    if (comment !== -1) end = comment;
  }
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end > from ? { start: from, end } : undefined;
}

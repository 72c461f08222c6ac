/**
 * Which values the generic key-name + entropy rule accepts, and a cheap scan that proves a file
 * holds none, so the rule can skip finding the file's named values (a code view, an XML tree).
 * Most files pass the keyword prefilter because `key`, `token`… are everywhere; few hold a
 * random-looking string where a value can sit.
 */
import { isCodeLanguage, type FileKind } from '../../../languages';
import { GENERIC_SECRET } from './detectors';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholders';
import { MAX_LINE } from './sites';

/** UUIDs name things (requests, installs, devices) far more often than they authenticate. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names of constants, classes, resources and paths are not keys even when long and mixed. */
function looksLikeIdentifier(value: string): boolean {
  return /^[A-Za-z]+(?:[_.-][A-Za-z]+)*\d{0,3}$/.test(value) || /^[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/.test(value) || /^(?:\w{1,19}\.){2,}\w{1,19}$/.test(value);
}

/** Whether a named value looks like a credential: long, random, letters and digits, not a stand-in. */
export function isGenericSecretValue(value: string): boolean {
  if (value.length < GENERIC_SECRET.minLength || value.length > GENERIC_SECRET.maxLength || !GENERIC_SECRET.value.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || UUID.test(value) || looksLikeIdentifier(value) || isPlaceholder(value)) return false;
  return shannonEntropy(value) >= GENERIC_SECRET.minEntropy;
}

/**
 * The characters of `GENERIC_SECRET.value`, by char code, when that regex is a class of ASCII
 * characters (`^[…]+$`, as now); undefined if it ever takes another shape, and then every file is read.
 */
export const VALUE_CHARS = ((): Uint8Array | undefined => {
  const value = GENERIC_SECRET.value;
  if (!/^\^\[[^\]]+\]\+\$$/.test(value.source) || value.flags !== '') return undefined;
  const chars = Uint8Array.from({ length: 128 }, (_, c) => (value.test(String.fromCharCode(c)) ? 1 : 0));
  // A class with characters past ASCII would need a wider table.
  for (const probe of ['\u00e9', '\u00a0', '\u4e00', '\ud83d\ude00']) if (value.test(probe)) return undefined;
  return chars;
})();

const isSpace = (c: string): boolean => c !== '' && /\s/.test(c);

/**
 * The test may read a latin1 view of UTF-8 bytes (see `Undecoded`), where a character past ASCII
 * is a part of one: it could be part of a space, and the backward readers below give up on it.
 */
const isBeyondAscii = (c: string): boolean => c !== '' && c.charCodeAt(0) > 0x7f;
const mayBeSpace = (c: string): boolean => isBeyondAscii(c) || isSpace(c);

/**
 * False only when no value the generic rule could report occurs in `text`, which may also be the
 * latin1 view of the file's UTF-8 bytes (`Undecoded`): values and the names and delimiters read
 * around them are ASCII, found the same in both, and anything past ASCII next to them is taken
 * as possibly a space or part of a name, so the view never says no where the text says yes. Every value the rule
 * reads is a whole run of value characters, delimited as the file kind writes values (see
 * support/secrets/sites.ts):
 * - code: after an opening quote (`"`, `'`, `` ` ``, also the last character of `"""`, `@"`, `#"`,
 *   `r'`…, and of `\"` in Gradle's `buildConfigField`), before a quote, `\`, a line break or the end;
 * - XML: an attribute value (between quotes) of an attribute whose own name could name a key or
 *   that is a `value` attribute; or the text of an element without children (after `>` or white
 *   space, before `<` or white space) whose start tag could name a key; plist: such text (any tag);
 * - JSON: between `"` and `"` (or the end of the line or text), and not a key (followed by `:`);
 * - YAML: between quotes, or after a space or tab and before white space or the end;
 * - `.properties` and `.env` values follow `=`, itself a value character: those files are always read,
 *   and so are YAML files with lines too long to be read whole.
 */
export function mayHoldGenericSecret(text: string, kind: FileKind): boolean {
  if (kind === 'properties' || kind === 'env') return true;
  if (kind === 'yaml' && hasLineLongerThan(text, MAX_LINE)) return true;
  // In these files every name is written out in the text (in XML and property lists, unless
  // spelled with entities): without a key-like word anywhere, nothing is named like a key.
  const markup = kind === 'xml' || kind === 'plist';
  if ((markup || kind === 'json' || kind === 'yaml') && !GENERIC_SECRET.keyName.test(text) && !(markup && text.includes('&'))) return false;
  const chars = VALUE_CHARS;
  if (!chars) return true;
  const code = isCodeLanguage(kind);
  // In code a value follows a quote: only runs after quotes are read (found natively).
  if (code) {
    const quotes = ['"', "'", '`'];
    const next = quotes.map((q) => text.indexOf(q));
    for (;;) {
      let k = -1;
      for (let x = 0; x < next.length; x++) if (next[x] !== -1 && (k === -1 || next[x] < next[k])) k = x;
      if (k === -1) return false;
      const start = next[k] + 1;
      next[k] = text.indexOf(quotes[k], start);
      if (runMayBeSecret(text, kind, code, start, runEnd(text, start, chars))) return true;
    }
  }
  // Elsewhere every whole run of value characters long enough is read. Such a run covers one of
  // every `minLength` positions, so only those are looked at until one holds a value character.
  const min = GENERIC_SECRET.minLength;
  const tags: TagState = { lastOpen: -1, checked: -1, checkedMayNameKey: false };
  // The first `<` not yet passed: each is found once, so tracking the last one stays linear.
  let nextOpen = kind === 'xml' ? text.indexOf('<') : -1;
  for (let i = min - 1; i < text.length; ) {
    if (!isValueChar(text.charCodeAt(i), chars)) {
      i += min;
      continue;
    }
    let start = i;
    while (start > 0 && isValueChar(text.charCodeAt(start - 1), chars)) start--;
    const end = runEnd(text, i + 1, chars);
    if (end - start >= min) {
      for (; nextOpen !== -1 && nextOpen < start; nextOpen = text.indexOf('<', nextOpen + 1)) tags.lastOpen = nextOpen;
      if (runMayBeSecret(text, kind, code, start, end, tags)) return true;
    }
    i = end + min; // text[end] is no value character
  }
  return false;
}

function isValueChar(c: number, chars: Uint8Array): boolean {
  return c <= 0x7f && chars[c] === 1;
}

/** Where the XML scan is: the last `<` before the run (no run holds one), and the last start tag read whole. */
interface TagState {
  lastOpen: number;
  /** Where the tag `checkedMayNameKey` is about starts (each tag is read at most once). */
  checked: number;
  checkedMayNameKey: boolean;
}

/** Where the run of value characters that starts at `start` ends. */
function runEnd(text: string, start: number, chars: Uint8Array): number {
  let i = start;
  while (i < text.length && isValueChar(text.charCodeAt(i), chars)) i++;
  return i;
}

/** Whether the whole run [start, end) is delimited as a value of this kind of file, and looks like a credential. */
function runMayBeSecret(text: string, kind: FileKind, code: boolean, start: number, end: number, tags?: TagState): boolean {
  if (end - start < GENERIC_SECRET.minLength || end - start > GENERIC_SECRET.maxLength) return false;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  const quoted = before === '"' || before === "'" || before === '`';
  let delimited: boolean;
  if (code) delimited = quoted && (after === '' || after === '"' || after === "'" || after === '`' || after === '\\' || after === '\n' || after === '\r');
  else if (kind === 'json') delimited = before === '"' && (after === '' || after === '\n' || (after === '"' && !isJsonKey(text, end + 1)));
  else if (kind === 'yaml') delimited = quoted ? after === before : (before === ' ' || before === '\t') && (after === '' || mayBeSpace(after));
  else if (quoted) delimited = kind === 'xml' && after === before && attributeMayNameKey(text, start - 1, tags!);
  else delimited = (before === '>' || mayBeSpace(before)) && (after === '<' || mayBeSpace(after)) && (kind !== 'xml' || elementMayNameKey(text, start, tags!.lastOpen));
  return delimited && nameMayBeKey(text, kind, code, start) && isGenericSecretValue(text.slice(start, end));
}

/** Type names and declarations after which nameOfLiteral (sites.ts) looks further back for the name. */
const NOT_A_NAME = /^(?:string|String|str|NSString|var|let|val|const)$/;

/**
 * False when the name the value at `start` is given can be read here and is not key-like (the
 * rule skips such values). Read as sites.ts reads it, for the plain cases only, all on the value's
 * line (so no comment can hide in between): in code, `name = "…"`, `name := "…"`, `name: "…"`,
 * `name("…"` (a one-character quote right before the value); in JSON, `"key": "…"`; in YAML, the
 * key is on the value's line. Anything else may be named anything: true.
 */
function nameMayBeKey(text: string, kind: FileKind, code: boolean, start: number): boolean {
  if (kind === 'yaml') return GENERIC_SECRET.keyName.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  if (!code && kind !== 'json') return true;
  let p = skipBlanksBack(text, start - 2); // before the opening quote
  const c = text[p];
  if (kind === 'json') {
    if (c !== ':') return true;
    p = skipBlanksBack(text, p - 1);
    if (text[p] !== '"') return true;
    const open = text.lastIndexOf('"', p - 1);
    const key = text.slice(open + 1, p);
    // An escaped quote may end a longer key; a line break ends a JSON string before its quote.
    return open < 0 || text[open - 1] === '\\' || key.includes('\n') || GENERIC_SECRET.keyName.test(key);
  }
  if (c === '=') {
    if (/[=!<>]/.test(text[p - 1] ?? '')) return true;
    if (text[p - 1] === ':') p--; // Go `:=`
  } else if (c !== ':' && c !== '(') {
    return true;
  }
  const identifier = identifierEndingBefore(text, p);
  if (identifier === undefined) return true;
  const name = identifier.slice(identifier.lastIndexOf('.') + 1).replace(/^\$/, '');
  return (c === '=' && NOT_A_NAME.test(name)) || GENERIC_SECRET.keyName.test(name);
}

/** The last position at or before `from` that is not a space or tab. */
function skipBlanksBack(text: string, from: number): number {
  let p = from;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  return p;
}

/** The identifier (`[\w$.]`, as sites.ts reads it) that ends, after spaces or tabs, before `at`; undefined when there is none or it is unusual. */
function identifierEndingBefore(text: string, at: number): string | undefined {
  let i = skipBlanksBack(text, at - 1);
  const stop = i + 1;
  while (i >= 0 && stop - i < 120 && /[\w$.]/.test(text[i])) i--;
  if (stop - i >= 120 || text[i] === '?') return undefined; // long, or `a?.b`: read it all in sites.ts
  const identifier = text.slice(i + 1, stop);
  return /[A-Za-z_$]/.test(identifier) ? identifier : undefined;
}

/**
 * Whether the XML attribute whose value opens with the quote at `quote` could give a key-like name:
 * its own name when it looks like one; for a `value` attribute, the element's `name` attribute, so
 * its start tag must hold a key-like word (or `&`, which could spell one). Reads back over
 * `name\s*=\s*` as the attribute reader writes it; a longer run of name characters than the real
 * name (attributes written without space between them) only makes this say yes more often.
 */
function attributeMayNameKey(text: string, quote: number, tags: TagState): boolean {
  let i = quote - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (isBeyondAscii(text[i] ?? '')) return true;
  if (text[i] !== '=') return false; // not an attribute: a quote inside element text
  i--;
  while (i >= 0 && isSpace(text[i])) i--;
  const nameEnd = i + 1;
  for (; i >= 0 && nameEnd - i <= 256; i--) {
    const c = text[i];
    if (isBeyondAscii(c)) return true;
    if (isSpace(c) || c === '=' || c === '/' || c === '>') break;
  }
  if (nameEnd - i > 256) return true; // a name this long is not worth reading: assume it could
  const name = text.slice(i + 1, nameEnd);
  if (GENERIC_SECRET.keyName.test(name)) return true;
  if (!/value$/.test(name)) return false;
  if (tags.lastOpen < 0) return true; // not XML that parses; whatever it is, assume it could
  if (tags.checked !== tags.lastOpen) {
    tags.checked = tags.lastOpen;
    const tag = text.slice(tags.lastOpen, startTagEnd(text, tags.lastOpen));
    tags.checkedMayNameKey = tag.includes('&') || GENERIC_SECRET.keyName.test(tag);
  }
  return tags.checkedMayNameKey;
}

/** Whether a JSON string that closed just before `from` is a key, as jsonSites tells them apart. */
function isJsonKey(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
  return text[k] === ':';
}

/** Just past the `>` that closes the tag opening at `open` (quoted attribute values may hold `>`), or the end of the text. */
function startTagEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '>') return i + 1;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return text.length;
      i = close;
    }
  }
  return text.length;
}

/**
 * Whether the XML element whose text starts (after white space) at `start` could give a key-like
 * name: its `name` attribute or its own name, both written in its start tag, which opens at
 * `tagOpen` (the last `<` before). Text is a value only in an element without children, so that
 * start tag must come right before it; a tag that holds `&` could spell a name with entities, and
 * is assumed to.
 */
function elementMayNameKey(text: string, start: number, tagOpen: number): boolean {
  let gt = start - 1;
  while (gt >= 0 && isSpace(text[gt])) gt--;
  if (isBeyondAscii(text[gt] ?? '')) return true;
  if (text[gt] !== '>' || text[gt - 1] === '/') return false; // other text before it, or a self-closing tag
  if (tagOpen < 0) return true; // not XML that parses; whatever it is, assume it could
  const tag = text.slice(tagOpen, gt + 1);
  if (tag.startsWith('</') || tag.startsWith('<!') || tag.startsWith('<?')) return false;
  return tag.includes('&') || GENERIC_SECRET.keyName.test(tag);
}

function hasLineLongerThan(text: string, max: number): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > max) return true;
    start = end + 1;
  }
  return false;
}

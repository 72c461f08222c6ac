/**
 * A language-aware view of source code: the text with comments blanked out and string literal
 * contents masked, plus the string literals themselves. Rules match structure on `masked` (so a
 * keyword in a comment or a string never fires) and read literal values from `strings`.
 * Offsets in `masked` are identical to those in the original text, newlines are preserved.
 */
import type { CodeLanguage } from '../languages';
import { LEXER_SPECS, type LexerSpec } from './specs';

export interface StringToken {
  /** Offset of the first character of the literal, prefix and quotes included. */
  start: number;
  /** Offset just past the closing delimiter. */
  end: number;
  /** Offsets of the literal's contents (between the delimiters). */
  valueStart: number;
  valueEnd: number;
  /** The decoded value; interpolated expressions are kept as written. */
  value: string;
  /** True when the literal contains `${…}`, `\(…)` or `{…}` interpolation. */
  interpolated: boolean;
}

export interface CommentToken {
  start: number;
  end: number;
}

export interface CodeView {
  readonly text: string;
  readonly masked: string;
  readonly strings: readonly StringToken[];
  readonly comments: readonly CommentToken[];
  /** The string literal that starts exactly at `offset`, or undefined. */
  stringAt(offset: number): StringToken | undefined;
  /** String literals that lie entirely within [start, end). */
  stringsIn(start: number, end: number): StringToken[];
}

const UTF16 = new TextDecoder('utf-16le');

/** Characters that can begin a string literal (prefix or quote), per string syntax family. */
const STRING_STARTS: Record<LexerSpec['strings'], string> = {
  java: `"'`,
  kotlin: `"'`,
  groovy: `"'`,
  swift: `"#`,
  objc: `"'@`,
  dart: `"'rR`,
  js: "\"'`",
  csharp: `"'$@`,
  go: "\"'`",
  python: `"'rRbBuUfF`,
};

function startFlags(family: LexerSpec['strings']): Uint8Array {
  const flags = new Uint8Array(128);
  for (const c of STRING_STARTS[family]) flags[c.charCodeAt(0)] = 1;
  return flags;
}

const START_FLAGS = new Map<LexerSpec['strings'], Uint8Array>();

/**
 * For languages without regex literals, the characters where lexing code can change state: string
 * starts, comment starts and (inside an interpolation) brackets. Everything between is plain code
 * that the lexer leaves as it is, so it jumps there with a native regex search instead of looking
 * at every character. Global, non-sticky; `test` moves `lastIndex` past the character found.
 */
interface StopSearch {
  code: RegExp;
  interpolation: RegExp;
}

const STOP_SEARCHES = new Map<LexerSpec, StopSearch | undefined>();

function stopSearchOf(spec: LexerSpec): StopSearch | undefined {
  if (STOP_SEARCHES.has(spec)) return STOP_SEARCHES.get(spec);
  let search: StopSearch | undefined;
  if (!spec.regexLiterals) {
    const stops = STRING_STARTS[spec.strings] + (spec.lineComment === '#' ? '#' : '/');
    const escaped = [...new Set(stops)].map((c) => (/[\\\]^[-]/.test(c) ? '\\' + c : c)).join('');
    search = { code: new RegExp(`[${escaped}]`, 'g'), interpolation: new RegExp(`[${escaped}(){}]`, 'g') };
  }
  STOP_SEARCHES.set(spec, search);
  return search;
}

export function buildCodeView(text: string, language: CodeLanguage): CodeView {
  const lexer = new Lexer(text, LEXER_SPECS[language]);
  lexer.run();
  return new LexedCode(text, UTF16.decode(lexer.masked), lexer.strings, lexer.comments);
}

class LexedCode implements CodeView {
  constructor(
    readonly text: string,
    readonly masked: string,
    readonly strings: StringToken[],
    readonly comments: CommentToken[],
  ) {}

  private indexOfFirstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.strings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.strings[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  stringAt(offset: number): StringToken | undefined {
    const token = this.strings[this.indexOfFirstAtOrAfter(offset)];
    return token && token.start === offset ? token : undefined;
  }

  stringsIn(start: number, end: number): StringToken[] {
    const result: StringToken[] = [];
    for (let i = this.indexOfFirstAtOrAfter(start); i < this.strings.length && this.strings[i].end <= end; i++) {
      result.push(this.strings[i]);
    }
    return result;
  }
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Slash = 47,
  At = 64,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Backtick = 96,
  LBrace = 123,
  RBrace = 125,
}

function isIdentChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === Ch.Dollar || c > 127
  );
}

/** Whether a character can start a name after `$` in a string template (`$name`). */
function startsName(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** How a string literal that begins at the current position is delimited and what it allows. */
interface Opening {
  /** Characters of prefix + opening delimiter. */
  openLength: number;
  close: string;
  escapes: 'backslash' | 'doubled-quote' | 'swift-raw' | 'none';
  /** Number of `#` for Swift extended delimiters (escape is `\#`, interpolation `\#(`). */
  hashes: number;
  interpolation: 'dollar-brace' | 'dollar-brace-or-name' | 'backslash-paren' | 'brace' | 'none';
  /** Number of braces that open an interpolation in C# raw interpolated strings (`$$"""`). */
  braces: number;
  multiline: boolean;
}

class Lexer {
  /** The masked text being built, as UTF-16 code units (blanking writes spaces in place). */
  readonly masked: Uint16Array;
  private readonly stringStarts: Uint8Array;
  private readonly stops: StopSearch | undefined;
  readonly strings: StringToken[] = [];
  readonly comments: CommentToken[] = [];
  private pos = 0;
  /** Last significant (non-space, non-comment) character code, for JS regex detection. */
  private lastSignificant = 0;
  private lastWord = '';

  constructor(
    private readonly text: string,
    private readonly spec: LexerSpec,
  ) {
    const bytes = Buffer.from(text, 'utf16le');
    this.masked =
      bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, text.length) : new Uint16Array(new Uint8Array(bytes).buffer);
    let flags = START_FLAGS.get(spec.strings);
    if (!flags) START_FLAGS.set(spec.strings, (flags = startFlags(spec.strings)));
    this.stringStarts = flags;
    this.stops = stopSearchOf(spec);
  }

  run(): void {
    this.lexCode(false, 0);
  }

  /** Replaces [start, end) with spaces in the masked output, keeping line breaks. */
  private blank(start: number, end: number): void {
    const masked = this.masked;
    for (let i = start; i < end; i++) {
      const c = masked[i];
      if (c !== Ch.LF && c !== Ch.CR) masked[i] = Ch.Space;
    }
  }

  /**
   * Lexes code until the end of text, or (inside an interpolation) until the closing delimiter
   * at depth zero, which is left unconsumed.
   */
  private lexCode(inInterpolation: boolean, closer: number): void {
    const text = this.text;
    const spec = this.spec;
    let depth = 0;
    const stops = this.stops && (inInterpolation ? this.stops.interpolation : this.stops.code);
    while (this.pos < text.length) {
      if (stops) {
        stops.lastIndex = this.pos;
        this.pos = stops.test(text) ? stops.lastIndex - 1 : text.length;
        if (this.pos === text.length) break;
      }
      const c = text.charCodeAt(this.pos);
      if (inInterpolation) {
        if (c === closer && depth === 0) return;
        if (c === Ch.LBrace || c === Ch.LParen) depth++;
        else if ((c === Ch.RBrace || c === Ch.RParen) && depth > 0) depth--;
      }
      if (c === Ch.Slash && text.charCodeAt(this.pos + 1) === Ch.Slash && spec.lineComment === '//') {
        this.lineComment();
        continue;
      }
      if (c === Ch.Hash && spec.lineComment === '#') {
        this.lineComment();
        continue;
      }
      if (c === Ch.Slash && text.charCodeAt(this.pos + 1) === Ch.Star && spec.blockComments) {
        this.blockComment();
        continue;
      }
      const opening = c < 128 && this.stringStarts[c] === 1 ? this.stringOpening() : undefined;
      if (opening) {
        this.stringLiteral(opening);
        this.lastSignificant = Ch.DQuote;
        this.lastWord = '';
        continue;
      }
      if (c === Ch.Slash && spec.regexLiterals && this.regexAllowedHere()) {
        if (this.regexLiteral()) continue;
      }
      if (isIdentChar(c)) {
        const start = this.pos;
        while (this.pos < text.length && isIdentChar(text.charCodeAt(this.pos))) this.pos++;
        if (spec.regexLiterals) this.lastWord = text.slice(start, this.pos);
        this.lastSignificant = c;
        continue;
      }
      if (c !== Ch.Space && c !== Ch.Tab && c !== Ch.LF && c !== Ch.CR) {
        this.lastSignificant = c;
        this.lastWord = '';
      }
      this.pos++;
    }
  }

  private lineComment(): void {
    const start = this.pos;
    let end = this.text.indexOf('\n', start);
    if (end === -1) end = this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === Ch.CR) end--;
    this.comments.push({ start, end });
    this.blank(start, end);
    this.pos = end;
  }

  private blockComment(): void {
    const text = this.text;
    const start = this.pos;
    let depth = 0;
    let i = start;
    while (i < text.length) {
      if (text.charCodeAt(i) === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
        depth++;
        i += 2;
        if (!this.spec.nestedComments && depth > 1) depth = 1;
        continue;
      }
      if (text.charCodeAt(i) === Ch.Star && text.charCodeAt(i + 1) === Ch.Slash) {
        depth--;
        i += 2;
        if (depth === 0) break;
        continue;
      }
      i++;
    }
    const end = Math.min(i, text.length);
    this.comments.push({ start, end });
    this.blank(start, end);
    this.pos = end;
  }

  /** Whether a `/` at the current position starts a JS regular expression rather than a division. */
  private regexAllowedHere(): boolean {
    const next = this.text.charCodeAt(this.pos + 1);
    if (next === Ch.Slash || next === Ch.Star) return false;
    if (this.lastWord) {
      return /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(this.lastWord);
    }
    const p = this.lastSignificant;
    return p === 0 || '(,=:[!&|?{};+-*%<>~^'.includes(String.fromCharCode(p));
  }

  /** Skips a JS regex literal; returns false (consuming nothing) when it is not one. */
  private regexLiteral(): boolean {
    const text = this.text;
    let i = this.pos + 1;
    let inClass = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === Ch.LF || c === Ch.CR) return false;
      if (c === Ch.Backslash) {
        i += 2;
        continue;
      }
      if (c === Ch.LBracket) inClass = true;
      else if (c === Ch.RBracket) inClass = false;
      else if (c === Ch.Slash && !inClass) break;
      i++;
    }
    if (i >= text.length) return false;
    const closingSlash = i;
    i++;
    while (i < text.length && isIdentChar(text.charCodeAt(i))) i++;
    this.blank(this.pos + 1, closingSlash);
    this.pos = i;
    this.lastSignificant = Ch.Slash;
    this.lastWord = '';
    return true;
  }

  private startsWith(s: string, at: number): boolean {
    return this.text.startsWith(s, at);
  }

  /** Recognises a string literal opening at the current position, per the language's rules. */
  private stringOpening(): Opening | undefined {
    const text = this.text;
    const at = this.pos;
    const c = text.charCodeAt(at);
    const base: Opening = {
      openLength: 1,
      close: '"',
      escapes: 'backslash',
      hashes: 0,
      interpolation: 'none',
      braces: 1,
      multiline: false,
    };
    const prevIsIdent = at > 0 && isIdentChar(text.charCodeAt(at - 1));
    switch (this.spec.strings) {
      case 'java':
        if (this.startsWith('"""', at)) return { ...base, openLength: 3, close: '"""', multiline: true };
        if (c === Ch.DQuote) return base;
        if (c === Ch.SQuote) return { ...base, close: "'" };
        return undefined;
      case 'kotlin':
      case 'groovy': {
        const interpolation = this.spec.strings === 'kotlin' ? 'dollar-brace-or-name' : 'dollar-brace';
        if (this.startsWith('"""', at)) {
          return { ...base, openLength: 3, close: '"""', multiline: true, escapes: this.spec.strings === 'kotlin' ? 'none' : 'backslash', interpolation };
        }
        if (this.spec.strings === 'groovy' && this.startsWith("'''", at)) return { ...base, openLength: 3, close: "'''", multiline: true };
        if (c === Ch.DQuote) return { ...base, interpolation };
        if (c === Ch.SQuote) return { ...base, close: "'" };
        return undefined;
      }
      case 'swift': {
        let hashes = 0;
        while (text.charCodeAt(at + hashes) === Ch.Hash) hashes++;
        if (hashes > 0 && prevIsIdent) return undefined;
        const q = at + hashes;
        const tail = '#'.repeat(hashes);
        const escapes = hashes > 0 ? 'swift-raw' : 'backslash';
        if (this.startsWith('"""', q)) {
          return { ...base, openLength: hashes + 3, close: '"""' + tail, multiline: true, hashes, escapes, interpolation: 'backslash-paren' };
        }
        if (text.charCodeAt(q) === Ch.DQuote) {
          return { ...base, openLength: hashes + 1, close: '"' + tail, hashes, escapes, interpolation: 'backslash-paren' };
        }
        return undefined;
      }
      case 'objc':
        if (c === Ch.At && text.charCodeAt(at + 1) === Ch.DQuote) return { ...base, openLength: 2 };
        if (c === Ch.DQuote) return base;
        if (c === Ch.SQuote) return { ...base, close: "'" };
        return undefined;
      case 'dart': {
        let p = at;
        const raw = (c === 114 || c === 82) && !prevIsIdent; // r / R
        if (raw) p++;
        const q = text.charCodeAt(p);
        if (q !== Ch.DQuote && q !== Ch.SQuote) return undefined;
        const quote = String.fromCharCode(q);
        const triple = this.startsWith(quote.repeat(3), p);
        return {
          ...base,
          openLength: (raw ? 1 : 0) + (triple ? 3 : 1),
          close: triple ? quote.repeat(3) : quote,
          multiline: triple,
          escapes: raw ? 'none' : 'backslash',
          interpolation: raw ? 'none' : 'dollar-brace-or-name',
        };
      }
      case 'js':
        if (c === Ch.DQuote) return base;
        if (c === Ch.SQuote) return { ...base, close: "'" };
        if (c === Ch.Backtick) return { ...base, close: '`', multiline: true, interpolation: 'dollar-brace' };
        return undefined;
      case 'csharp': {
        if (prevIsIdent) return undefined;
        let p = at;
        let dollars = 0;
        let verbatim = false;
        while (p < text.length) {
          const k = text.charCodeAt(p);
          if (k === Ch.Dollar) dollars++;
          else if (k === Ch.At && !verbatim) verbatim = true;
          else break;
          p++;
        }
        if (text.charCodeAt(p) === Ch.SQuote && p === at) return { ...base, close: "'" };
        if (text.charCodeAt(p) !== Ch.DQuote) return undefined;
        let quotes = 0;
        while (text.charCodeAt(p + quotes) === Ch.DQuote) quotes++;
        const interpolation = dollars > 0 ? 'brace' : 'none';
        if (quotes >= 3) {
          return { ...base, openLength: p - at + quotes, close: '"'.repeat(quotes), multiline: true, escapes: 'none', interpolation, braces: Math.max(dollars, 1) };
        }
        if (verbatim) return { ...base, openLength: p - at + 1, multiline: true, escapes: 'doubled-quote', interpolation };
        return { ...base, openLength: p - at + 1, interpolation };
      }
      case 'go':
        if (c === Ch.DQuote) return base;
        if (c === Ch.SQuote) return { ...base, close: "'" };
        if (c === Ch.Backtick) return { ...base, close: '`', multiline: true, escapes: 'none' };
        return undefined;
      case 'python': {
        let p = at;
        let raw = false;
        if (!prevIsIdent) {
          while (p - at < 2 && /[rRbBuUfF]/.test(text[p] ?? '')) {
            if (text[p] === 'r' || text[p] === 'R') raw = true;
            p++;
          }
        }
        const q = text.charCodeAt(p);
        if (q !== Ch.DQuote && q !== Ch.SQuote) return undefined;
        const quote = String.fromCharCode(q);
        const triple = this.startsWith(quote.repeat(3), p);
        return {
          ...base,
          openLength: p - at + (triple ? 3 : 1),
          close: triple ? quote.repeat(3) : quote,
          multiline: triple,
          escapes: raw ? 'none' : 'backslash',
        };
      }
    }
  }

  private stringLiteral(open: Opening): void {
    const text = this.text;
    const start = this.pos;
    // Literals nested in interpolations are pushed first; keep `strings` sorted by start.
    const slot = this.strings.length;
    const valueStart = start + open.openLength;
    let i = valueStart;
    let value = '';
    let interpolated = false;
    let valueEnd = text.length;
    let end = text.length;
    const closeFirst = open.close.charCodeAt(0);
    let literalFrom = valueStart;
    const maskLiteral = (upTo: number): void => {
      if (upTo > literalFrom) this.blank(literalFrom, upTo);
    };
    // Plain characters are copied into `value` a run at a time, not one by one.
    let plainFrom = valueStart;
    const takePlain = (upTo: number): void => {
      if (upTo > plainFrom) value += text.slice(plainFrom, upTo);
    };
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (!open.multiline && (c === Ch.LF || c === Ch.CR)) {
        valueEnd = i;
        end = i;
        break;
      }
      if (c === closeFirst && this.startsWith(open.close, i)) {
        if (open.escapes === 'doubled-quote' && text.charCodeAt(i + 1) === Ch.DQuote) {
          takePlain(i);
          value += '"';
          i += 2;
          plainFrom = i;
          continue;
        }
        valueEnd = i;
        end = i + open.close.length;
        break;
      }
      if (c === Ch.Backslash && open.escapes === 'backslash') {
        takePlain(i);
        if (open.interpolation === 'backslash-paren' && text.charCodeAt(i + 1) === Ch.LParen) {
          interpolated = true;
          maskLiteral(i + 2);
          value += this.interpolation(i + 2, Ch.RParen);
          i = this.pos;
          literalFrom = plainFrom = i;
          continue;
        }
        const [decoded, length] = decodeEscape(text, i);
        value += decoded;
        i += length;
        plainFrom = i;
        continue;
      }
      if (c === Ch.Backslash && open.escapes === 'swift-raw' && this.startsWith('#'.repeat(open.hashes), i + 1)) {
        const after = i + 1 + open.hashes;
        takePlain(i);
        if (text.charCodeAt(after) === Ch.LParen) {
          interpolated = true;
          maskLiteral(after + 1);
          value += this.interpolation(after + 1, Ch.RParen);
          i = this.pos;
          literalFrom = plainFrom = i;
          continue;
        }
        const [decoded, length] = decodeEscape(text, after - 1);
        value += decoded;
        i = after - 1 + length;
        plainFrom = i;
        continue;
      }
      if (c === Ch.Dollar && (open.interpolation === 'dollar-brace' || open.interpolation === 'dollar-brace-or-name')) {
        if (text.charCodeAt(i + 1) === Ch.LBrace) {
          interpolated = true;
          takePlain(i);
          maskLiteral(i + 2);
          value += this.interpolation(i + 2, Ch.RBrace);
          i = this.pos;
          literalFrom = plainFrom = i;
          continue;
        }
        if (open.interpolation === 'dollar-brace-or-name' && startsName(text.charCodeAt(i + 1))) interpolated = true;
      }
      if (c === Ch.RBrace && open.interpolation === 'brace' && open.braces === 1 && text.charCodeAt(i + 1) === Ch.RBrace) {
        takePlain(i);
        value += '}';
        i += 2;
        plainFrom = i;
        continue;
      }
      if (c === Ch.LBrace && open.interpolation === 'brace') {
        const braces = '{'.repeat(open.braces);
        if (open.braces === 1 && text.charCodeAt(i + 1) === Ch.LBrace) {
          takePlain(i);
          value += '{';
          i += 2;
          plainFrom = i;
          continue;
        }
        if (this.startsWith(braces, i)) {
          interpolated = true;
          takePlain(i);
          maskLiteral(i + open.braces);
          value += this.interpolation(i + open.braces, Ch.RBrace);
          i = this.pos + (open.braces - 1);
          literalFrom = plainFrom = i;
          continue;
        }
      }
      i++;
    }
    takePlain(Math.min(i, valueEnd));
    maskLiteral(valueEnd);
    this.strings.splice(slot, 0, { start, end, valueStart, valueEnd, value, interpolated });
    this.pos = end;
  }

  /** Lexes an interpolated expression starting at `from`; returns its source text and leaves pos after the closer. */
  private interpolation(from: number, closer: number): string {
    this.pos = from;
    this.lexCode(true, closer);
    const expression = this.text.slice(from, this.pos);
    if (this.pos < this.text.length) {
      // The closer is part of the literal's syntax: blank it so brackets in `masked` stay balanced.
      this.blank(this.pos, this.pos + 1);
      this.pos++;
    }
    return '${' + expression + '}';
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };

/** Decodes the escape at `at` (a backslash); returns the value and the escape's length. */
function decodeEscape(text: string, at: number): [string, number] {
  const next = text[at + 1];
  if (next === undefined) return ['\\', 1];
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next], 2];
  if (next === 'u') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(at + 2, at + 10));
    if (braced) {
      const code = parseInt(braced[1], 16);
      return [code <= 0x10ffff ? String.fromCodePoint(code) : '', 2 + braced[0].length];
    }
    const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(at + 2, at + 6));
    if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), 6];
  }
  if (next === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(at + 2, at + 4));
    if (hex) return [String.fromCharCode(parseInt(hex[0], 16)), 4];
  }
  if (next === '\r' && text[at + 2] === '\n') return ['', 3];
  if (next === '\n' || next === '\r') return ['', 2];
  return [next, 2];
}

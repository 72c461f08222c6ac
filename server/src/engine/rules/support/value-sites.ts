/**
 * Places where a named property, field, keyword argument or key receives a value:
 * `name: value`, `name = value`, `name += value`, `obj.name = value`, `'name': value`,
 * `obj['name'] = value`. Found on masked text (and string tokens for quoted names), never in
 * comments or strings.
 */
import type { CodeView, StringToken } from '../../lexer/code-view';
import { resolvedStrings } from './callbacks';
import { escapeRegExp, matchingBracket, previousNonSpace, skipSpace, splitArguments, type Span } from './code-syntax';

/** Sites read per call: real files have a handful; the cap bounds the work on generated or hostile input. */
const MAX_SITES = 500;

export interface ValueSite {
  name: string;
  /** Offsets of the name as written (quotes included for quoted keys). */
  nameStart: number;
  nameEnd: number;
  /** First non-space offset of the value. */
  valueStart: number;
  /** The operator that introduced the value: `:`, `=` or `+=`. */
  operator: ':' | '=' | '+=';
}

/**
 * Every site where one of `names` receives a value. `quoted` also reads `'name': v` and
 * `x['name'] = v`. Comparisons (`==`, `===`, `!=`) and TS optional members (`name?:`) are not sites.
 */
export function valueSites(view: CodeView, names: readonly string[], options: { quoted?: boolean } = {}): ValueSite[] {
  const masked = view.masked;
  const sites: ValueSite[] = [];
  const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b[ \\t]*(\\+=|=(?![=>])|:(?!:))`, 'g');
  for (let m = pattern.exec(masked); m && sites.length < MAX_SITES; m = pattern.exec(masked)) {
    if (m[2] === ':' && !startsMember(masked, m.index)) continue;
    sites.push({
      name: m[1],
      nameStart: m.index,
      nameEnd: m.index + m[1].length,
      valueStart: skipSpace(masked, m.index + m[0].length),
      operator: m[2] as ValueSite['operator'],
    });
  }
  if (options.quoted) {
    for (const token of view.strings) {
      if (sites.length >= 2 * MAX_SITES) break;
      if (token.interpolated || !names.includes(token.value)) continue;
      let p = skipSpace(masked, token.end);
      if (masked[p] === ']') p = skipSpace(masked, p + 1);
      const op = /^(\+=|=(?![=>])|:(?!:))/.exec(masked.slice(p, p + 2));
      if (!op || (op[1] === ':' && !startsMember(masked, token.start))) continue;
      sites.push({
        name: token.value,
        nameStart: token.start,
        nameEnd: token.end,
        valueStart: skipSpace(masked, p + op[0].length),
        operator: op[1] as ValueSite['operator'],
      });
    }
    sites.sort((a, b) => a.nameStart - b.nameStart);
  }
  return sites;
}

/** A `name:` is a member, key or named argument (not the `:` of a `?:` conditional) when it follows `{ , ( [`. */
function startsMember(masked: string, nameStart: number): boolean {
  const before = previousNonSpace(masked, nameStart);
  return before === -1 || '{,(['.includes(masked[before]);
}

/** The word (identifier or literal keyword) written at `offset`, e.g. `false`, `true`, `0`. */
export function wordAt(masked: string, offset: number): string {
  return /^[\w$.]*/.exec(masked.slice(offset, offset + 64))![0];
}

/**
 * The string values of an expression: like `argumentStrings`, but each element of a list literal
 * (`[a, 'b', ...C]`, `{ 'a', B }`) is resolved on its own, so constants mixed with literals count.
 */
export function valueStrings(view: CodeView, span: Span): StringToken[] {
  const masked = view.masked;
  const start = skipSpace(masked, span.start);
  if (masked[start] !== '[' && masked[start] !== '{') return resolvedStrings(view, span);
  const close = matchingBracket(masked, start);
  if (close === -1 || close >= span.end) return resolvedStrings(view, span);
  const values: StringToken[] = [];
  for (const element of splitArguments(masked, start, close).slice(0, 200)) values.push(...resolvedStrings(view, element));
  return values;
}

/** The string value of a template's leading `${NAME}` resolved through a constant, joined with the rest. */
export function resolveLeadingInterpolation(view: CodeView, token: StringToken): string {
  const m = /^\$\{\s*([A-Za-z_$][\w$.]*)\s*\}/.exec(token.value);
  if (!m) return token.value;
  const nameStart = token.valueStart + m[0].indexOf(m[1]);
  const base = resolvedStrings(view, { start: nameStart, end: nameStart + m[1].length })[0];
  return base ? base.value + token.value.slice(m[0].length) : token.value;
}

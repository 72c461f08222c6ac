/**
 * React Native: the root component's JSX wrapped in
 * `<ApproovProvider config="<config>" onInit={approovSetup}>`, with the import and an `approovSetup`
 * function. The component is wrapped where it returns its JSX when it has exactly one top-level
 * `return` (or is an arrow returning JSX); otherwise the registration in index.js gets a wrapper.
 */
import type { TextEdit } from '../../../findings';
import { importEdit } from '../../../fixes/imports';
import { buildCodeView, type CodeView } from '../../../lexer/code-view';
import { matchingBracket, skipSpace, splitArguments } from '../../../rules/support/code-syntax';
import { indentationAt, indentUnit, lineEnd, lineEnding, lineStart, nextLineStart, onlySpaceAfter, onlySpaceBefore } from '../text-layout';
import type { EditsOrReason } from './android-application';

export const RN_PACKAGE = '@approov/approov-service-react-native';
const SETUP_NAME = 'approovSetup';
const WRAPPER_NAME = 'ApproovApp';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** How far a declaration head is followed looking for its body (type annotations, parameters). */
const MAX_HEAD = 2000;

type JsLanguage = 'javascript' | 'typescript';

export function jsLanguageOf(path: string): JsLanguage {
  return /\.(tsx?|mts|cts)$/.test(path) ? 'typescript' : 'javascript';
}

/** JSX is allowed in .js/.jsx/.tsx files (Metro compiles JSX in .js), not in .ts. */
export function allowsJsx(path: string): boolean {
  return !/\.(ts|mts|cts)$/.test(path);
}

export function rnAlreadyInitialised(text: string, language: JsLanguage): boolean {
  const masked = buildCodeView(text, language).masked;
  return /<ApproovProvider\b/.test(masked) || /\bApproovService\s*\.\s*initialize\s*\(/.test(masked);
}

export interface Registration {
  /** The registered component's name. */
  component: string;
  /** Offsets of that name in the registration, to point it at a wrapper. */
  start: number;
  end: number;
  /** Offset of the statement's line, where a wrapper is declared. */
  statementStart: number;
}

/** `AppRegistry.registerComponent(name, () => App)` or Expo's `registerRootComponent(App)`. */
export function rootRegistration(text: string, language: JsLanguage): Registration | undefined {
  const masked = buildCodeView(text, language).masked;
  const register = /\bAppRegistry\s*\.\s*registerComponent\s*\(/.exec(masked);
  if (register) {
    const open = register.index + register[0].length - 1;
    const close = matchingBracket(masked, open);
    const args = close < 0 ? [] : splitArguments(masked, open, close);
    const provider = args[1] ? /^\(\s*\)\s*=>\s*([A-Za-z_$][\w$]*)\s*$/.exec(masked.slice(args[1].start, args[1].end)) : null;
    if (!provider) return undefined;
    const end = args[1].start + provider[0].trimEnd().length;
    return { component: provider[1], start: end - provider[1].length, end, statementStart: lineStart(text, register.index) };
  }
  const expo = /\bregisterRootComponent\s*\(\s*([A-Za-z_$][\w$]*)\s*\)/.exec(masked);
  if (!expo) return undefined;
  const start = expo.index + expo[0].indexOf(expo[1], expo[0].indexOf('('));
  return { component: expo[1], start, end: start + expo[1].length, statementStart: lineStart(text, expo.index) };
}

/** Where an imported name comes from: `import App from './App'` (default) or `import { App } from './App'`. */
export function importOf(text: string, name: string): { source: string; isDefault: boolean } | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  const statements = /^[ \t]*import\s+([^'";]{1,500}?)\s+from\s+['"]([^'"\n]+)['"]/gm;
  for (let m = statements.exec(text); m; m = statements.exec(text)) {
    const clause = m[1];
    const defaultName = /^([A-Za-z_$][\w$]*)/.exec(clause)?.[1];
    if (defaultName === name) return { source: m[2], isDefault: true };
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of named.split(',')) {
      const [imported, local] = part.trim().split(/\s+as\s+/);
      if ((local ?? imported) === name) return { source: m[2], isDefault: false };
    }
  }
  return undefined;
}

/** The name a file exports as default (`export default function App`, `export default App;`), if it is a name. */
export function defaultExportName(text: string, language: JsLanguage): string | undefined {
  const masked = buildCodeView(text, language).masked;
  const m = /\bexport\s+default\s+(?:(?:async\s+)?function\s*\*?\s*|class\s+)?([A-Za-z_$][\w$]*)/.exec(masked);
  return m && !['function', 'class'].includes(m[1]) ? m[1] : undefined;
}

interface ComponentBody {
  /** A `{ … }` body (function, arrow, class `render()`), or an arrow's expression. */
  kind: 'block' | 'expression';
  start: number;
  end: number;
  /** Start of the declaration's line (and its leading comments), where `approovSetup` goes. */
  declarationLine: number;
}

/** The body of the component `name`: a function declaration, an arrow or function expression, or a class's `render()`. */
function componentBody(view: CodeView, name: string): ComponentBody | undefined {
  const masked = view.masked;
  const escaped = name.replace(/\$/g, '\\$');
  const fn = new RegExp(`\\bfunction\\s+${escaped}\\s*(?:<[^>()]{0,200}>)?\\s*\\(`).exec(masked);
  if (fn) {
    const close = matchingBracket(masked, fn.index + fn[0].length - 1);
    const open = close < 0 ? -1 : masked.indexOf('{', close);
    if (open < 0 || open - close > MAX_HEAD) return undefined;
    return block(view, open, fn.index);
  }
  const variable = new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\b`).exec(masked);
  if (variable) {
    const head = masked.slice(variable.index, variable.index + MAX_HEAD);
    const arrow = /=>/.exec(head);
    const fnExpr = /=\s*(?:async\s+)?function\b[^(]*\(/.exec(head);
    if (fnExpr && (!arrow || fnExpr.index < arrow.index)) {
      const close = matchingBracket(masked, variable.index + fnExpr.index + fnExpr[0].length - 1);
      const open = close < 0 ? -1 : masked.indexOf('{', close);
      return open < 0 ? undefined : block(view, open, variable.index);
    }
    if (!arrow) return undefined;
    const bodyStart = skipSpace(masked, variable.index + arrow.index + 2);
    if (masked[bodyStart] === '{') return block(view, bodyStart, variable.index);
    return { kind: 'expression', start: bodyStart, end: expressionEnd(view, bodyStart), declarationLine: declarationLine(view, variable.index) };
  }
  const cls = new RegExp(`\\bclass\\s+${escaped}\\s+extends\\b`).exec(masked);
  if (cls) {
    const open = masked.indexOf('{', cls.index);
    const close = open < 0 ? -1 : matchingBracket(masked, open);
    if (close < 0) return undefined;
    const render = /\brender\s*\(\s*\)\s*(?::\s*[\w.<>[\]| ]{1,80})?\s*\{/g;
    render.lastIndex = open;
    let depth = 0;
    let scanned = open + 1;
    for (let m = render.exec(masked); m && m.index < close; m = render.exec(masked)) {
      for (; scanned < m.index; scanned++) {
        const c = masked[scanned];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') depth--;
      }
      if (depth === 0) return block(view, m.index + m[0].length - 1, cls.index);
    }
  }
  return undefined;
}

function block(view: CodeView, open: number, declaration: number): ComponentBody | undefined {
  const close = matchingBracket(view.masked, open);
  return close < 0 ? undefined : { kind: 'block', start: open, end: close + 1, declarationLine: declarationLine(view, declaration) };
}

/** The start of the declaration's line, moved up over comment lines right above it. */
function declarationLine(view: CodeView, offset: number): number {
  let start = lineStart(view.text, offset);
  for (let i = 0; i < 100 && start > 0; i++) {
    const previous = lineStart(view.text, start - 1);
    const isComment = view.masked.slice(previous, start).trim() === '' && view.text.slice(previous, start).trim() !== '';
    if (!isComment) break;
    start = previous;
  }
  return start;
}

/** End of an arrow's expression body: its closing paren, or the line end of a one-line JSX element. */
function expressionEnd(view: CodeView, start: number): number {
  if (view.masked[start] === '(') {
    const close = matchingBracket(view.masked, start);
    return close < 0 ? -1 : close + 1;
  }
  const end = lineEnd(view.text, start);
  const line = view.text.slice(start, end).replace(/\s*;?\s*$/, '');
  return start + line.length;
}

const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'else', 'try', 'finally', 'do']);

/**
 * The `return` statements of the component itself: those inside `if`/`for`/`try` blocks count,
 * those inside nested functions (callbacks, effects, handlers) do not.
 */
function componentReturns(masked: string, body: ComponentBody): number[] {
  const returns: number[] = [];
  const braces: boolean[] = [];
  const parens: number[] = [];
  const parenOpenOf = new Map<number, number>();
  let nestedFunctions = 0;
  for (let i = body.start + 1; i < body.end - 1; i++) {
    const c = masked[i];
    if (c === '(') parens.push(i);
    else if (c === ')') {
      const open = parens.pop();
      if (open !== undefined) parenOpenOf.set(i, open);
    } else if (c === '{') {
      const isFunction = opensFunctionBody(masked, i, parenOpenOf);
      braces.push(isFunction);
      if (isFunction) nestedFunctions++;
    } else if (c === '}') {
      if (braces.pop()) nestedFunctions--;
    } else if (nestedFunctions === 0 && c === 'r' && masked.startsWith('return', i) && !/[\w$.]/.test(masked[i - 1]) && !/[\w$]/.test(masked[i + 6] ?? '')) {
      returns.push(i);
    }
  }
  return returns;
}

/** Whether the `{` at `open` starts a function body (arrow, function, method) rather than a control block or an object. */
function opensFunctionBody(masked: string, open: number, parenOpenOf: Map<number, number>): boolean {
  let i = open - 1;
  while (i >= 0 && /\s/.test(masked[i])) i--;
  if (masked[i] === '>' && masked[i - 1] === '=') return true;
  const wordBefore = (end: number): string => {
    let j = end;
    while (j >= 0 && /\s/.test(masked[j])) j--;
    let k = j;
    while (k >= 0 && /[\w$]/.test(masked[k])) k--;
    return masked.slice(k + 1, j + 1);
  };
  if (masked[i] === ')') {
    const paren = parenOpenOf.get(i);
    return paren !== undefined && !CONTROL_KEYWORDS.has(wordBefore(paren - 1));
  }
  // `): Type {` (a TypeScript return type) is a function; `else {`, `try {`, `do {` and objects are not.
  if (/[\w$>\]]/.test(masked[i] ?? '')) {
    const word = wordBefore(i);
    if (CONTROL_KEYWORDS.has(word)) return false;
    const colon = masked.lastIndexOf(':', i);
    const close = colon > 0 ? colon - 1 : -1;
    let j = close;
    while (j >= 0 && /\s/.test(masked[j])) j--;
    return masked[j] === ')' && !/[;{}\n]/.test(masked.slice(colon, i));
  }
  return false;
}

/** The JSX a component returns: the one top-level `return`'s expression, or the arrow's expression. */
function returnedJsx(view: CodeView, body: ComponentBody): { start: number; end: number; statement: number } | { reason: string } {
  const masked = view.masked;
  let start: number;
  let statement: number;
  if (body.kind === 'expression') {
    start = body.start;
    statement = body.start;
  } else {
    const returns = componentReturns(masked, body);
    if (returns.length !== 1) return { reason: returns.length === 0 ? 'the root component returns no JSX' : 'the root component has more than one return' };
    statement = returns[0];
    start = returns[0] + 6;
    while (masked[start] === ' ' || masked[start] === '\t') start++;
  }
  if (masked[start] === '(') {
    const close = matchingBracket(masked, start);
    if (close < 0) return { reason: 'the returned expression is not closed' };
    return { start, end: close + 1, statement };
  }
  if (masked[start] === '<') {
    const end = expressionEnd(view, start);
    if (!/(?:\/>|<\/[\w.]*>)$/.test(view.text.slice(start, end))) return { reason: 'the returned JSX spans lines without parentheses' };
    return { start, end, statement };
  }
  return { reason: 'the root component does not return JSX' };
}

function providerOpen(configAttribute: string): string {
  return `<ApproovProvider config=${configAttribute} onInit={${SETUP_NAME}}>`;
}

function setupDeclaration(unit: string, eol: string): string {
  return [
    `const ${SETUP_NAME} = () => {`,
    `${unit}// Approov set-up that ApproovProvider runs at start-up, e.g. ApproovService.addSubstitutionHeader('Api-Key', '');`,
    '};',
    '',
    '',
  ].join(eol);
}

/** Wraps the JSX of `jsx` (parenthesised or one line) in the provider, re-indenting it one step. */
function wrapEdit(view: CodeView, jsx: { start: number; end: number; statement: number }, configAttribute: string, unit: string, eol: string): TextEdit {
  const text = view.text;
  const open = providerOpen(configAttribute);
  const parenthesised = view.masked[jsx.start] === '(';
  const close = jsx.end - 1;
  if (parenthesised && onlySpaceAfter(text, jsx.start + 1) && onlySpaceBefore(text, close)) {
    const from = nextLineStart(text, jsx.start);
    const to = lineStart(text, close);
    const content = text.slice(from, to);
    const base = /^[ \t]*/.exec(content.split('\n').find((l) => l.trim() !== '') ?? '')![0];
    // Lines that start inside a (template) string keep their indentation: it is part of the string.
    const strings = view.stringsIn(0, view.text.length);
    let next = 0;
    let offset = from;
    const lines = content.split('\n').map((line, index, all) => {
      const lineOffset = offset;
      offset += line.length + 1;
      if (index === all.length - 1 && line === '') return line;
      while (next < strings.length && strings[next].end <= lineOffset) next++;
      const insideString = next < strings.length && strings[next].start < lineOffset;
      return line.trim() === '' || insideString ? line : unit + line;
    });
    return { start: from, end: to, newText: `${base}${open}${eol}${lines.join('\n')}${base}</ApproovProvider>${eol}` };
  }
  const inner = parenthesised ? text.slice(jsx.start + 1, close).trim() : text.slice(jsx.start, jsx.end).trim();
  const indent = indentationAt(text, jsx.statement);
  return {
    start: jsx.start,
    end: jsx.end,
    newText: ['(', `${indent}${unit}${open}`, `${indent}${unit}${unit}${inner}`, `${indent}${unit}</ApproovProvider>`, `${indent})`].join(eol),
  };
}

function importEdits(text: string, masked: string, language: JsLanguage): TextEdit[] {
  const edit = importEdit(text, masked, language, { from: RN_PACKAGE, name: 'ApproovProvider' });
  return edit ? [edit] : [];
}

function setupEdits(view: CodeView, at: number, unit: string, eol: string): TextEdit[] {
  if (new RegExp(`\\b(?:const|let|var|function)\\s+${SETUP_NAME}\\b`).test(view.masked)) return [];
  return [{ start: at, end: at, newText: setupDeclaration(unit, eol) }];
}

/** Wraps the JSX that component `name` of `text` returns. */
export function wrapComponentEdits(text: string, language: JsLanguage, name: string, configAttribute: string): EditsOrReason {
  const view = buildCodeView(text, language);
  const body = componentBody(view, name);
  if (!body) return { reason: `no definition of the component ${name}` };
  const jsx = returnedJsx(view, body);
  if ('reason' in jsx) return jsx;
  const eol = lineEnding(text);
  const unit = indentUnit(text, '  ');
  return {
    edits: [...importEdits(text, view.masked, language), ...setupEdits(view, body.declarationLine, unit, eol), wrapEdit(view, jsx, configAttribute, unit, eol)],
  };
}

/** In the file that registers the root component: a wrapper component with the provider, registered instead. */
export function wrapRegistrationEdits(text: string, language: JsLanguage, registration: Registration, configAttribute: string): EditsOrReason {
  const view = buildCodeView(text, language);
  if (new RegExp(`\\b${WRAPPER_NAME}\\b`).test(view.masked)) return { reason: `the file already uses the name ${WRAPPER_NAME}` };
  const eol = lineEnding(text);
  const unit = indentUnit(text, '  ');
  const wrapper = [
    `const ${WRAPPER_NAME} = () => (`,
    `${unit}${providerOpen(configAttribute)}`,
    `${unit}${unit}<${registration.component} />`,
    `${unit}</ApproovProvider>`,
    ');',
    '',
    '',
  ].join(eol);
  const edits: TextEdit[] = [...importEdits(text, view.masked, language)];
  // The wrapper is JSX: React must be in scope for the classic JSX transform (React Native before 0.64's).
  if (!/^[ \t]*import\s+React\b/m.test(view.masked) && edits[0]) {
    edits[0] = { ...edits[0], newText: edits[0].newText.replace(/^(\r?\n?)/, `$1import React from 'react';${eol}`) };
  }
  edits.push(...setupEdits(view, registration.statementStart, unit, eol));
  edits.push({ start: registration.statementStart, end: registration.statementStart, newText: wrapper });
  edits.push({ start: registration.start, end: registration.end, newText: WRAPPER_NAME });
  return { edits };
}

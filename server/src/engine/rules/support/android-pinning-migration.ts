/**
 * The quick fix of `android-pinning-library` for `PinningHelper.getPinnedHttpsURLConnection(context, pins, url)`:
 * the connection is opened as usual and handed to the HttpsURLConnection service layer,
 * `ApproovService.addApproov(connection)`, before it first connects. Only two shapes are rewritten:
 * a declaration `HttpsURLConnection c = PinningHelper.getPinned…(…)` / `val c = …`, and
 * `return PinningHelper.getPinned…(…)`, in a block of statements. The replacement throws what the
 * library call threw (`IOException`; `ApproovException` is one), so Java callers still compile.
 */
import type { Fix, TextEdit } from '../../findings';
import { applyEdits } from '../../fixes/apply-edits';
import { importEdit } from '../../fixes/imports';
import { indentationAt, lineEnding, lineStartOf, startsLine } from '../../fixes/text-ranges';
import { escapeRegExp, splitArguments, type Span } from './code-syntax';
import { finishEdits, identifierUses, importRemoval, inAny } from './fix-text';
import { declarationWithInitializer, namesIn, removalsOfUnusedConstants, type JvmFile } from './jvm-declarations';
import { blockAround, enclosingBracket, statementEnd, statementStart } from './jvm-statements';
import { closingOf } from './jvm-syntax';

const SERVICE = 'io.approov.service.httpsurlconn.ApproovService';
const HELPER_IMPORTS = ['org.thoughtcrime.ssl.pinning.util.PinningHelper', 'org.thoughtcrime.ssl.pinning.PinningHelper'];

/** Uses of a connection that make it connect (Java getters and their Kotlin property forms). */
const CONNECTS = '(?:connect|getInputStream|getOutputStream|getResponseCode|getResponseMessage|getContent\\w*|getHeaderField\\w*|inputStream|outputStream|responseCode|responseMessage|content\\w*|headerField\\w*)';

const URL_ARGUMENT = /^(?:[A-Za-z_$][\w$.]*|(?:new\s+)?(?:java\.net\.)?URL\s*\([^]*\))$/;

/**
 * The fix for the call `PinningHelper.getPinnedHttpsURLConnection(` whose name starts at `nameStart`
 * (`open`/`close` its parentheses), or undefined when its shape is not one this fix rewrites.
 */
export function httpsUrlConnectionFix(file: JvmFile, nameStart: number, open: number, close: number): Fix | undefined {
  const { code, language } = file;
  const masked = code.masked;
  const text = file.view.text;
  const eol = lineEnding(text);
  const args = splitArguments(masked, open, close);
  if (args.length !== 3) return undefined;
  const url = text.slice(args[2].start, args[2].end).trim();
  if (!URL_ARGUMENT.test(masked.slice(args[2].start, args[2].end).trim())) return undefined;
  // The whole call, with its `PinningHelper.` receiver.
  const receiver = /(?:[\w$]+\s*\.\s*)*PinningHelper\s*\.\s*$/.exec(masked.slice(Math.max(0, nameStart - 200), nameStart));
  const call: Span = { start: receiver ? nameStart - receiver[0].length : nameStart, end: close + 1 };
  const block = blockAround(code, call.start);
  if (!block || block.kind !== 'code' || block.outermostParen !== -1) return undefined;
  const blockEnd = closingOf(code, block.open);
  const opened = language === 'java' ? `(HttpsURLConnection) ${url}.openConnection()` : `${url}.openConnection() as HttpsURLConnection`;
  const semicolon = language === 'java' ? ';' : '';
  const edits: TextEdit[] = [];

  const declaration = declarationWithInitializer(file, call);
  let variable: string;
  if (declaration && declaration.scope.start === declaration.end) {
    variable = declaration.name;
    edits.push({ start: call.start, end: call.end, newText: opened });
    const beforeConnect = beforeFirstConnect(file, variable, declaration.end, blockEnd, block.open);
    const at = beforeConnect ?? afterStatement(text, declaration.end);
    if (at === undefined) return undefined;
    const indent = indentationAt(text, beforeConnect ?? declaration.start);
    edits.push({ start: at, end: at, newText: `${indent}ApproovService.addApproov(${variable})${semicolon}${eol}` });
  } else {
    const start = statementStart(code, language, call.start, block.open);
    const end = statementEnd(code, language, call.end);
    if (start === undefined || end === undefined || !startsLine(text, start)) return undefined;
    if (!/^return\s*$/.test(masked.slice(start, call.start)) || masked.slice(call.end, end).trim().replace(/;$/, '') !== '') return undefined;
    variable = 'connection';
    // The name must be free in the function: its parameters (the header before the block) and its body.
    const header = Math.max(masked.lastIndexOf(';', block.open), masked.lastIndexOf('{', block.open - 1), masked.lastIndexOf('}', block.open), 0);
    if (identifierUses(masked, variable, header, blockEnd).length > 0) return undefined;
    const indent = indentationAt(text, start);
    const declared = language === 'java' ? `HttpsURLConnection ${variable} = ${opened};` : `val ${variable} = ${opened}`;
    edits.push({
      start: lineStartOf(text, start),
      end: end,
      newText: [`${indent}${declared}`, `${indent}ApproovService.addApproov(${variable})${semicolon}`, `${indent}return ${variable}${semicolon}`].join(eol),
    });
  }

  const dropped: Span[] = [{ start: args[1].start, end: args[1].end }, call];
  edits.push(...removalsOfUnusedConstants(file, namesIn(masked, args[1]), call.start, dropped));
  for (const spec of [SERVICE, 'javax.net.ssl.HttpsURLConnection']) {
    const added = importEdit(text, masked, language, { from: spec });
    if (added) edits.push(added);
  }
  const helperUses = identifierUses(masked, 'PinningHelper', 0, masked.length, true).filter((use) => !inAny(dropped, use));
  for (const qualified of HELPER_IMPORTS) {
    const line = importRemoval(masked, qualified);
    if (line && helperUses.every((use) => use >= line.start && use < line.end)) edits.push(line);
  }
  const finished = finishEdits(text, edits);
  if (!finished || !applyEdits(text, finished).ok) return undefined;
  return {
    title: 'Migrate to dynamic pinning: ApproovService.addApproov(connection) (HttpsURLConnection service layer)',
    preferred: true,
    edits: finished,
  };
}

/** The start of the line of the first statement of the block (after `from`) that makes `variable` connect. */
function beforeFirstConnect(file: JvmFile, variable: string, from: number, to: number, blockOpen: number): number | undefined {
  const { code, language } = file;
  const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(variable)}\\s*\\??\\.\\s*${CONNECTS}(?![\\w$])`, 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(code.masked);
  if (!m || m.index >= to) return undefined;
  // The statement of this block that holds the use, however deep in brackets the use is.
  let anchor = m.index;
  for (let open = enclosingBracket(code, anchor), depth = 0; open > blockOpen && depth < 64; open = enclosingBracket(code, open), depth++) anchor = open;
  const start = statementStart(code, language, anchor, blockOpen);
  if (start === undefined || !startsLine(file.view.text, start)) return undefined;
  return lineStartOf(file.view.text, start);
}

/** The start of the line after the statement that ends at `end`, when nothing else is on its line. */
function afterStatement(text: string, end: number): number | undefined {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  if (i < text.length && text[i] !== '\n') return undefined;
  return Math.min(text.length, i + 1);
}

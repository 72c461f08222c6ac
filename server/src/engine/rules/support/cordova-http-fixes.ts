/**
 * Fixes for a cordova-plugin-advanced-http trust-mode call: delete the call when nothing but logging
 * hangs on it (its callbacks or `.then`/`.catch`), otherwise switch it to the default mode
 * (`'default'`, or `false` for the older boolean switches) so the callbacks and promise chain still run.
 */
import type { Fix } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { functionValue } from './callbacks';
import { matchingBracket, skipSpace, type Span } from './code-syntax';
import { removeCode } from './code-fixes/removal';
import { expressionStatement, memberChainStart } from './code-fixes/statements';
import type { TrustModeCall } from './cordova-http';

/** Promise methods a trust-mode call may be chained with and still be deleted as a whole. */
const CHAIN = /^\s*\.\s*(?:then|catch|finally)\s*\(/;

export function trustModeFixes(view: CodeView, call: TrustModeCall, followUp?: string): Fix[] {
  const fixes: Fix[] = [];
  const boolean = call.method === 'enableSSLPinning' || call.method === 'acceptAllCerts';
  const shortCall = `${call.method}(${boolean ? 'true' : `'${call.mode}'`}${call.args.length > 1 ? ', …' : ''})`;
  const removal = statementRemoval(view, call);
  if (removal) fixes.push({ title: `Remove ${shortCall} (default certificate validation)`, edits: [removal], ...(followUp ? { followUp } : {}) });
  const first = call.args[0];
  const literal = first && view.stringAt(first.start);
  if (boolean && view.masked.slice(first.start, first.end).trim() === 'true') {
    fixes.push({ title: `Use ${call.method}(false) (default certificate validation)`, edits: [{ start: first.start, end: first.end, newText: 'false' }], ...(followUp ? { followUp } : {}) });
  } else if (!boolean && literal && literal.end === first.end && !literal.interpolated) {
    fixes.push({
      title: `Use ${call.method}('default') (default certificate validation)`,
      edits: [{ start: literal.valueStart, end: literal.valueEnd, newText: 'default' }],
      ...(followUp ? { followUp } : {}),
    });
  }
  if (fixes.length) fixes[0].preferred = true;
  return fixes;
}

/** The edit deleting the call's statement, when the statement is the call (with `await` and a logging-only promise chain). */
function statementRemoval(view: CodeView, call: TrustModeCall): ReturnType<typeof removeCode> | undefined {
  const masked = view.masked;
  const callbacks: Span[] = call.args.slice(1);
  let end = call.close + 1;
  for (let n = 0; n < 6; n++) {
    const chained = CHAIN.exec(masked.slice(end, end + 40));
    if (!chained) break;
    const open = end + chained[0].length - 1;
    const close = matchingBracket(masked, open);
    if (close < 0) return undefined;
    callbacks.push({ start: open + 1, end: close });
    end = close + 1;
  }
  if (!callbacks.every((span) => masked.slice(span.start, span.end).trim() === '' || onlyLogs(view, span))) return undefined;
  const start = memberChainStart(view, call.start);
  const statement = expressionStatement(view, 'js', start, end);
  return statement && removeCode(view.text, masked, statement.start, statement.end, { attachedComments: true });
}

/** A callback that does nothing but log: `() => console.log(…)`, `function (e) { console.error(e); }`. */
function onlyLogs(view: CodeView, span: Span): boolean {
  const masked = view.masked;
  const body = functionValue(view, span.start);
  if (!body || body.end > span.end) return false;
  let rest = masked.slice(body.expression ? body.start : body.start + 1, body.expression ? body.end : body.end - 1);
  const log = /\bconsole\s*\.\s*\w+\s*\(/g;
  for (let n = 0; n < 20; n++) {
    log.lastIndex = 0;
    const m = log.exec(rest);
    if (!m) break;
    const close = matchingBracket(rest, m.index + m[0].length - 1);
    if (close < 0) return false;
    rest = rest.slice(0, m.index) + rest.slice(close + 1);
  }
  return /^[\s;]*$/.test(rest) && skipSpace(masked, span.start) < span.end;
}

/**
 * Two-argument JVM callbacks that always answer `true` (host name verifiers, Apache HttpClient trust
 * strategies): Kotlin lambdas `{ a, b -> true }`, Java lambdas `(a, b) -> true` /
 * `(a, b) -> { return true; }`, and method bodies that only return `true`, logging aside.
 */
import { skipSpace, splitArguments, type Span } from './code-syntax';
import { closingOf, nonLoggingCalls, withoutLogging, type JvmCode } from './jvm-syntax';

/** Longest callback looked at: an accept-all callback is a few lines, and the cap keeps the work linear. */
export const MAX_CALLBACK = 2_000;

/** Whether a callback body (masked, logging already blanked) only returns `true`. */
export function returnsOnlyTrue(residue: string, expression: boolean): boolean {
  const statements = residue.replace(/;/g, ' ').trim();
  return expression ? /^true$/.test(statements) : /^return(?:@\w+)?\s+true$/.test(statements);
}

/** A Kotlin lambda `{ a, b -> … }` at `open` whose result is always `true`. */
export function kotlinLambdaAcceptsAll(code: JvmCode, open: number): Span | undefined {
  const masked = code.masked;
  const close = closingOf(code, open);
  if (close === -1 || close - open > MAX_CALLBACK) return undefined;
  const inner = masked.slice(open + 1, close);
  const arrow = inner.indexOf('->');
  if (arrow === -1) return undefined;
  const params = splitArguments(masked, open, open + 1 + arrow);
  if (params.length !== 2) return undefined;
  const body = { start: open + 1 + arrow + 2, end: close };
  if (nonLoggingCalls(code, body).length > 0) return undefined;
  const residue = withoutLogging(code, body);
  return returnsOnlyTrue(residue, true) || returnsOnlyTrue(residue, false) ? { start: open, end: close + 1 } : undefined;
}

/** A Java lambda `(a, b) -> true` or `(a, b) -> { return true; }` at `open` (its `(`). */
export function javaLambdaAcceptsAll(code: JvmCode, open: number): Span | undefined {
  const masked = code.masked;
  const paramsClose = closingOf(code, open);
  if (paramsClose === -1 || paramsClose - open > MAX_CALLBACK) return undefined;
  if (splitArguments(masked, open, paramsClose).length !== 2) return undefined;
  const arrow = skipSpace(masked, paramsClose + 1);
  if (!masked.startsWith('->', arrow)) return undefined;
  const bodyStart = skipSpace(masked, arrow + 2);
  if (masked[bodyStart] === '{') {
    const close = closingOf(code, bodyStart);
    if (close === -1 || close - bodyStart > MAX_CALLBACK) return undefined;
    const body = { start: bodyStart + 1, end: close };
    if (nonLoggingCalls(code, body).length > 0) return undefined;
    return returnsOnlyTrue(withoutLogging(code, body), false) ? { start: open, end: close + 1 } : undefined;
  }
  if (!/^true\b/.test(masked.slice(bodyStart, bodyStart + 5))) return undefined;
  const next = skipSpace(masked, bodyStart + 4);
  return /[),;}]/.test(masked[next] ?? '') ? { start: open, end: bodyStart + 4 } : undefined;
}

/** A lambda argument (Java `(a, b) -> …` or Kotlin `{ a, b -> … }`) starting at `start` that always returns `true`. */
export function lambdaAcceptsAll(code: JvmCode, start: number): Span | undefined {
  const first = code.masked[start];
  return first === '(' ? javaLambdaAcceptsAll(code, start) : first === '{' ? kotlinLambdaAcceptsAll(code, start) : undefined;
}

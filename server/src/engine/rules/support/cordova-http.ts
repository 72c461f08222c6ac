/** Calls of cordova-plugin-advanced-http (and the older cordova-HTTP) that set the TLS trust mode. */
import type { CodeView } from '../../lexer/code-view';
import { resolvedStrings } from './callbacks';
import { matchingBracket, splitArguments, type Span } from './code-syntax';

export interface TrustModeCall {
  /** Offsets of the method name. */
  start: number;
  end: number;
  method: string;
  /** `pinned`, `nocheck`, `default`, `legacy`, or `enable`/`disable` for boolean switches. */
  mode: string;
  /** The call's parentheses and its arguments. */
  open: number;
  close: number;
  args: Span[];
}

const CALL = /\b(setServerTrustMode|setSSLCertMode|enableSSLPinning|acceptAllCerts)\s*\(/g;

export function trustModeCalls(view: CodeView): TrustModeCall[] {
  const masked = view.masked;
  const calls: TrustModeCall[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(masked); m; m = CALL.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(masked, open);
    if (close === -1) continue;
    const args = splitArguments(masked, open, close);
    const first = args[0];
    if (!first) continue;
    let mode: string | undefined;
    if (m[1] === 'enableSSLPinning' || m[1] === 'acceptAllCerts') {
      const word = masked.slice(first.start, first.end).trim();
      mode = word === 'true' ? 'enable' : word === 'false' ? 'disable' : undefined;
    } else {
      const values = resolvedStrings(view, first);
      // A mode picked at runtime (`isProd ? 'default' : 'nocheck'`) is not a literal setting.
      if (values.length === 1) mode = values[0].value.trim();
    }
    if (mode) calls.push({ start: m.index, end: m.index + m[1].length, method: m[1], mode, open, close, args });
  }
  return calls;
}

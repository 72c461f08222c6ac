/** Certificate validation callbacks of .NET (HttpClientHandler, ServicePointManager, SslStream, NSUrlSessionHandler). */
import type { CodeView } from '../../lexer/code-view';
import { alwaysReturnsTrue, comparedFingerprints, functionValue, type ComparedFingerprints, type FunctionBody } from './callbacks';
import { matchingBracket, splitArguments } from './code-syntax';
import { valueSites } from './value-sites';

export const DOTNET_CALLBACK_PROPERTIES = [
  'ServerCertificateCustomValidationCallback',
  'ServerCertificateValidationCallback',
  'RemoteCertificateValidationCallback',
  'userCertificateValidationCallback',
  'TrustOverrideForUrl',
] as const;

export const DOTNET_CALLBACK_KEYWORDS = [...DOTNET_CALLBACK_PROPERTIES.filter((p) => p !== 'userCertificateValidationCallback'), 'SslStream'];

export interface DotnetCallback {
  /** Offsets to report: the property, the delegate type or the `SslStream` name. */
  start: number;
  end: number;
  name: string;
  body: FunctionBody;
  trustsAll: boolean;
  compared?: ComparedFingerprints;
}

const DELEGATE_CONSTRUCTOR = /\bnew\s+(RemoteCertificateValidationCallback)\s*\(/g;
const SSL_STREAM = /\bnew\s+(SslStream)\s*\(/g;

export function dotnetCertificateCallbacks(view: CodeView): DotnetCallback[] {
  const masked = view.masked;
  const callbacks: DotnetCallback[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, name: string, valueStart: number): void => {
    const body = functionValue(view, valueStart);
    if (!body || seen.has(body.start)) return;
    seen.add(body.start);
    const compared = comparedFingerprints(view, body);
    callbacks.push({ start, end, name, body, trustsAll: !compared && alwaysReturnsTrue(masked, body), compared });
  };
  for (const site of valueSites(view, DOTNET_CALLBACK_PROPERTIES)) {
    add(site.nameStart, site.nameEnd, site.name, site.valueStart);
  }
  DELEGATE_CONSTRUCTOR.lastIndex = 0;
  for (let m = DELEGATE_CONSTRUCTOR.exec(masked); m; m = DELEGATE_CONSTRUCTOR.exec(masked)) {
    const nameStart = m.index + m[0].indexOf(m[1]);
    add(nameStart, nameStart + m[1].length, m[1], m.index + m[0].length);
  }
  // `new SslStream(stream, leaveInnerStreamOpen, callback)`: the third positional argument.
  SSL_STREAM.lastIndex = 0;
  for (let m = SSL_STREAM.exec(masked); m; m = SSL_STREAM.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(masked, open);
    if (close === -1) continue;
    const third = splitArguments(masked, open, close)[2];
    if (!third || /^\w+\s*:/.test(masked.slice(third.start, third.end))) continue;
    const nameStart = m.index + m[0].indexOf(m[1]);
    add(nameStart, nameStart + m[1].length, m[1], third.start);
  }
  return callbacks.sort((a, b) => a.start - b.start);
}

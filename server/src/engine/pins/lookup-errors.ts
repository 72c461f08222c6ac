/** Why a live lookup failed, one kind per cause, each with a message a developer can act on. */

export type LookupFailureKind = 'dns' | 'refused' | 'timeout' | 'handshake' | 'proxy' | 'network' | 'target';

export class LookupError extends Error {
  constructor(
    readonly kind: LookupFailureKind,
    message: string,
    /** The system or OpenSSL error code behind it, when there is one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'LookupError';
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_FAIL', 'EAI_NONAME']);
const NETWORK_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);

/**
 * A socket or TLS error turned into a LookupError. `target` is `host:port`; `phase` says whether
 * the TCP connection was up (errors then belong to the TLS handshake).
 */
export function classifySocketError(error: unknown, target: string, phase: 'connecting' | 'handshake'): LookupError {
  if (error instanceof LookupError) return error;
  const e = error as NodeJS.ErrnoException & { reason?: string };
  const code = e?.code ?? '';
  const detail = e?.message ?? String(error);
  if (DNS_CODES.has(code)) {
    return new LookupError('dns', `DNS lookup failed: the host name of ${target} does not resolve (${code}).`, code);
  }
  if (code === 'ECONNREFUSED') {
    return new LookupError('refused', `Connection refused by ${target}: nothing accepts connections on that port.`, code);
  }
  if (code === 'ETIMEDOUT') return new LookupError('timeout', `Connecting to ${target} timed out (${code}).`, code);
  if (NETWORK_CODES.has(code)) return new LookupError('network', `${target} is unreachable from this network (${code}).`, code);
  const alert = /ALERT_([A-Z0-9_]+)$/.exec(code)?.[1] ?? /alert ([a-z ]+)/i.exec(detail)?.[1];
  if (alert) {
    const name = alert.toLowerCase().replace(/_/g, ' ').replace(/^number /, '');
    return new LookupError('handshake', `TLS handshake with ${target} failed: the server sent the alert "${name}" (${code || 'alert'}).`, code);
  }
  if (/wrong version number|packet length too long|unknown protocol/i.test(detail)) {
    return new LookupError('handshake', `TLS handshake with ${target} failed: the server did not answer with TLS (is it a TLS port?).`, code);
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    return new LookupError('handshake', `TLS handshake with ${target} failed: ${detail} (${code}).`, code);
  }
  if (phase === 'handshake' && (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up|disconnected before/i.test(detail))) {
    return new LookupError('handshake', `TLS handshake with ${target} failed: the server closed the connection before the handshake completed.`, code);
  }
  return new LookupError('network', `Connection to ${target} failed: ${detail}${code ? ` (${code})` : ''}.`, code || undefined);
}

/**
 * Live lookup: connects to `host:port` with SNI (directly or through an HTTP CONNECT proxy),
 * reads the whole chain the server presents, and reports validation problems without failing on
 * them: a self-signed or expired chain is exactly what a developer may need to look at.
 */
import * as net from 'node:net';
import type * as Tls from 'node:tls';
import { analyseChain, validityProblems, type ChainCertificate, type ChainProblem } from './chain';
import { connectThroughProxy, parseProxy } from './http-proxy';
import { classifySocketError, LookupError } from './lookup-errors';

/** node:tls (and node:crypto with it), loaded on the first lookup rather than at every start. */
function nodeTls(): typeof Tls {
  return require('node:tls') as typeof Tls;
}

export const DEFAULT_LOOKUP_TIMEOUT_MS = 10_000;
/** Chains are walked at most this deep (real chains have 2 to 4 certificates). */
const MAX_CHAIN_LENGTH = 16;

export interface LookupTarget {
  host: string;
  port: number;
}

export interface LookupOptions {
  timeoutMs?: number;
  /** `http://[user:pass@]proxy:port` to tunnel through with CONNECT; none when undefined or empty. */
  proxy?: string;
  /** The SNI name to send, when it differs from `host` (e.g. connecting to an IP address). */
  servername?: string;
  /** The date validity is judged against (default: now). */
  now?: Date;
}

export interface HostLookup {
  host: string;
  port: number;
  /** The SNI name sent, if any (none for IP addresses). */
  servername?: string;
  /** The address connected to (the proxy tunnels: the target's name). */
  address?: string;
  protocol?: string;
  proxy?: string;
  /** As presented: leaf first. */
  chain: ChainCertificate[];
  /** Empty when the chain validates against this system's trust store and matches the host name. */
  problems: ChainProblem[];
}

/** `host`, `host:port`, `[v6]:port` or a `https://host:port/…` URL; port 443 by default. */
export function parseLookupTarget(input: string): LookupTarget {
  let text = input.trim();
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(text);
  if (url) text = url[1].replace(/^[^@]*@/, '');
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:/[\]]+))(?::(\d{1,5}))?$/.exec(text);
  if (!m) throw new LookupError('target', `"${input}" is not a host name or host:port.`);
  const host = (m[1] ?? m[2]).toLowerCase();
  const port = m[3] === undefined ? 443 : Number(m[3]);
  if (port < 1 || port > 65535) throw new LookupError('target', `Port ${m[3]} is out of range (1–65535).`);
  if (host.includes('*')) throw new LookupError('target', `"${host}" is a wildcard pattern; look up a concrete host name.`);
  return { host, port };
}

export function formatTarget(target: LookupTarget): string {
  return `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
}

/** Fetches and describes the chain of `target`. Rejects with a LookupError of one failure kind. */
export async function lookupHost(target: LookupTarget, options: LookupOptions = {}): Promise<HostLookup> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  const name = formatTarget(target);
  const sni = options.servername ?? target.host;
  const servername = net.isIP(sni) ? undefined : sni; // SNI carries names only (RFC 6066)
  const proxy = options.proxy ? parseProxy(options.proxy) : undefined;
  const sockets: net.Socket[] = [];
  let phase: 'connecting' | 'handshake' = 'connecting';
  let timer: NodeJS.Timeout | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const where = phase === 'connecting' ? (proxy ? `connecting through proxy ${proxy.url.host}` : 'connecting') : 'waiting for the TLS handshake';
      reject(new LookupError('timeout', `No answer from ${name} within ${timeoutMs} ms (${where}).`));
    }, timeoutMs);
  });

  const attempt = async (): Promise<HostLookup> => {
    const tunnel = proxy ? await connectThroughProxy(proxy, target.host, target.port, (s) => sockets.push(s)) : undefined;
    return new Promise<HostLookup>((resolve, reject) => {
      const socket = nodeTls().connect({
        ...(tunnel ? { socket: tunnel } : { host: target.host, port: target.port }),
        servername,
        // The lookup must see self-signed, expired and mismatched chains too; validity is reported below.
        rejectUnauthorized: false,
      });
      sockets.push(socket);
      if (tunnel) phase = 'handshake';
      socket.once('connect', () => (phase = 'handshake'));
      socket.once('error', (e) => reject(classifySocketError(e, name, phase)));
      socket.once('close', () => reject(classifySocketError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), name, phase)));
      socket.once('secureConnect', () => {
        try {
          const chain = analyseChain(presentedChain(socket));
          if (chain.length === 0) throw new LookupError('handshake', `TLS handshake with ${name} completed but the server presented no certificate.`);
          resolve({
            host: target.host,
            port: target.port,
            servername,
            address: tunnel ? undefined : socket.remoteAddress,
            protocol: socket.getProtocol() ?? undefined,
            proxy: proxy ? `${proxy.url.protocol}//${proxy.url.host}` : undefined,
            chain,
            problems: chainProblems(socket, chain, sni, options.now ?? new Date()),
          });
        } catch (e) {
          reject(e instanceof LookupError ? e : new LookupError('handshake', `The certificates of ${name} could not be read: ${(e as Error).message}`));
        }
        socket.end();
      });
    });
  };

  try {
    return await Promise.race([attempt(), timeout]);
  } finally {
    clearTimeout(timer);
    // The TLS socket first: it owns the proxy tunnel beneath it (destroying the tunnel under a live
    // TLS socket can crash Node 20), and destroying it destroys the tunnel too.
    for (const socket of sockets.reverse()) if (!socket.destroyed) socket.destroy();
  }
}

/** The DER certificates the peer presented, leaf first, following issuer links (bounded). */
function presentedChain(socket: Tls.TLSSocket): Uint8Array[] {
  const ders: Uint8Array[] = [];
  const seen = new Set<string>();
  let certificate: Tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (certificate?.raw && ders.length < MAX_CHAIN_LENGTH) {
    const key = certificate.raw.toString('base64');
    if (seen.has(key)) break; // a root's issuer link points at itself
    seen.add(key);
    ders.push(new Uint8Array(certificate.raw));
    certificate = certificate.issuerCertificate;
  }
  return ders;
}

function chainProblems(socket: Tls.TLSSocket, chain: ChainCertificate[], hostname: string, now: Date): ChainProblem[] {
  const problems = validityProblems(chain, now);
  const error = socket.authorizationError as (Error & { code?: string }) | string | null | undefined;
  if (error) {
    const code = typeof error === 'string' ? error : (error.code ?? error.message);
    const problem = verificationProblem(code, chain);
    // Our own validity check above already names the expired certificate; keep OpenSSL's other findings.
    if (problems.every((p) => p.kind !== problem.kind)) problems.push(problem);
  }
  const leaf = chain[0];
  const mismatch = nodeTls().checkServerIdentity(hostname, socket.getPeerCertificate());
  if (mismatch) {
    problems.push({ kind: 'hostname', message: `Host name mismatch: the leaf certificate ${leaf.subject} is not valid for ${hostname} (names: ${leaf.subjectAltNames.join(', ') || 'none'}).`, code: (mismatch as { code?: string }).code });
  }
  return problems;
}

function verificationProblem(code: string, chain: ChainCertificate[]): ChainProblem {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return { kind: 'self-signed', code, message: `Self-signed certificate: the server presents a single self-signed certificate (${chain[0].subject}) that no system trusts.` };
    case 'SELF_SIGNED_CERT_IN_CHAIN': {
      const root = chain.find((c) => c.role === 'root');
      return { kind: 'self-signed', code, message: `Self-signed chain: the chain ends in a self-signed root${root ? ` (${root.subject})` : ''} that this system does not trust.` };
    }
    case 'CERT_HAS_EXPIRED':
      return { kind: 'expired', code, message: 'Expired chain: a certificate of the chain has expired.' };
    case 'CERT_NOT_YET_VALID':
      return { kind: 'not-yet-valid', code, message: 'A certificate of the chain is not valid yet.' };
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return { kind: 'untrusted', code, message: `Untrusted chain: the issuer of the last certificate presented is not in this system's trust store, or the server leaves out an intermediate (${code}).` };
    default:
      return { kind: 'other', code, message: `The chain does not validate: ${code}.` };
  }
}

/**
 * A TCP tunnel through an HTTP proxy (`CONNECT host:port`), and which proxy applies to a host
 * (`HTTPS_PROXY`/`https_proxy`, `NO_PROXY`/`no_proxy`).
 */
import * as net from 'node:net';
import { LookupError } from './lookup-errors';

/** The proxy's answer head is read up to this many bytes. */
const MAX_RESPONSE_HEAD = 16 * 1024;

export interface ProxyTarget {
  url: URL;
  host: string;
  port: number;
  /** `Basic …` when the URL has a user name. */
  authorization?: string;
}

/** Parses `http://[user:pass@]host[:port]` (a bare `host:port` is taken as http). */
export function parseProxy(proxy: string): ProxyTarget {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`);
  } catch {
    throw new LookupError('proxy', `Proxy setting "${proxy}" is not a URL (expected http://host:port).`);
  }
  if (url.protocol !== 'http:') throw new LookupError('proxy', `Proxy ${url.protocol}//${url.host}: only http:// proxies (HTTP CONNECT) are supported.`);
  const authorization = url.username
    ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
    : undefined;
  return { url, host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80), authorization };
}

/** The proxy named by the environment for `host`, honouring NO_PROXY; undefined for none. */
export function proxyFromEnvironment(host: string, env: NodeJS.ProcessEnv): string | undefined {
  const proxy = env.HTTPS_PROXY || env.https_proxy;
  if (!proxy) return undefined;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const name = host.toLowerCase();
  for (const entry of noProxy) {
    if (entry === '*') return undefined;
    const domain = entry.replace(/^\*?\./, '').replace(/:\d+$/, '');
    if (name === domain || name.endsWith('.' + domain)) return undefined;
  }
  return proxy;
}

/** A socket tunnelled to `host:port` through the proxy; rejects with a `proxy` LookupError. */
export function connectThroughProxy(proxy: ProxyTarget, host: string, port: number, onSocket: (socket: net.Socket) => void): Promise<net.Socket> {
  const proxyName = `${proxy.url.protocol}//${proxy.url.host}`;
  const authority = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: proxy.host, port: proxy.port });
    onSocket(socket);
    let head = Buffer.alloc(0);
    const fail = (message: string, code?: string): void => {
      socket.destroy();
      reject(new LookupError('proxy', message, code));
    };
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'ECONNREFUSED' ? 'connection refused' : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? 'its host name does not resolve' : e.message;
      fail(`Proxy ${proxyName} could not be reached: ${why}${e.code ? ` (${e.code})` : ''}.`, e.code);
    });
    socket.once('connect', () => {
      const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
      if (proxy.authorization) lines.push(`Proxy-Authorization: ${proxy.authorization}`);
      socket.write(lines.join('\r\n') + '\r\n\r\n');
    });
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > MAX_RESPONSE_HEAD) fail(`Proxy ${proxyName} sent an over-long answer to CONNECT.`);
        return;
      }
      socket.off('data', onData);
      socket.off('end', onEnd);
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})(?: ([^\r\n]*))?/.exec(head.subarray(0, end).toString('latin1'));
      if (!status) return fail(`Proxy ${proxyName} did not answer CONNECT with HTTP.`);
      const code = Number(status[1]);
      if (code < 200 || code > 299) {
        return fail(`Proxy ${proxyName} refused to connect to ${authority}: ${code}${status[2] ? ` ${status[2]}` : ''}${code === 407 ? ' (proxy credentials missing or wrong)' : ''}.`);
      }
      const rest = head.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      socket.removeAllListeners('error');
      resolve(socket);
    };
    const onEnd = (): void => fail(`Proxy ${proxyName} closed the connection without answering CONNECT ${authority}.`);
    socket.on('data', onData);
    socket.once('end', onEnd);
  });
}

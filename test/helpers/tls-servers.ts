/**
 * Servers the lookup tests start on 127.0.0.1 and stop themselves: a TLS server presenting a given
 * chain (recording the SNI names it was sent), a server that accepts and never answers, a closed
 * port, and a small HTTP CONNECT proxy.
 */
import * as net from 'node:net';
import * as tls from 'node:tls';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  return sockets;
}

export interface TlsTestServer extends RunningServer {
  /** SNI names received, one per handshake (undefined when none was sent). */
  servernames: (string | undefined)[];
  /** Resolves once `count` handshakes completed on the server's side (the client may finish first). */
  handshakes(count: number): Promise<(string | undefined)[]>;
}

export async function startTlsServer(options: tls.TlsOptions): Promise<TlsTestServer> {
  const servernames: (string | undefined)[] = [];
  const server = tls.createServer(options, (socket) => {
    servernames.push((socket as tls.TLSSocket & { servername?: string | false }).servername || undefined);
    socket.end('HTTP/1.1 204 No Content\r\n\r\n');
  });
  server.on('tlsClientError', () => undefined);
  const sockets = new Set<net.Socket>();
  server.on('secureConnection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await listen(server);
  const handshakes = async (count: number): Promise<(string | undefined)[]> => {
    for (let i = 0; i < 200 && servernames.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    return servernames;
  };
  return { port, servernames, handshakes, close: closer(server, sockets) };
}

/** Accepts TCP connections and never sends a byte. */
export async function startSilentServer(): Promise<RunningServer> {
  const server = net.createServer(() => undefined);
  const sockets = track(server);
  const port = await listen(server);
  return { port, close: closer(server, sockets) };
}

/** A port on 127.0.0.1 nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ProxyServer extends RunningServer {
  /** `host:port` of each CONNECT request received. */
  requests: string[];
}

/** An HTTP CONNECT proxy; `deny` answers every CONNECT with 403 instead of tunnelling. */
export async function startConnectProxy(options: { deny?: boolean } = {}): Promise<ProxyServer> {
  const requests: string[] = [];
  const server = net.createServer((client) => {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      client.off('data', onData);
      const m = /^CONNECT ([^\s]+):(\d+) HTTP\/1\.[01]\r\n/.exec(head.toString('latin1'));
      if (!m) return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      requests.push(`${m[1]}:${m[2]}`);
      if (options.deny) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      const upstream = net.connect({ host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) }, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  const sockets = track(server);
  const port = await listen(server);
  return { port, requests, close: closer(server, sockets) };
}

/** A plain-text server that answers any bytes with an HTTP error (a port that does not speak TLS). */
export async function startPlainServer(): Promise<RunningServer> {
  const server = net.createServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')));
  const sockets = track(server);
  const port = await listen(server);
  return { port, close: closer(server, sockets) };
}

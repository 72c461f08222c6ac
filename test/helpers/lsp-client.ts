/**
 * A minimal LSP client over stdio for protocol tests and benchmarks: Content-Length framing,
 * requests with ids, notifications, and answers to the server's own requests.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoPath } from './paths';

type Json = Record<string, unknown>;
type Handler = (params: any) => unknown;

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private readonly notificationListeners: { method: string; listener: (params: any) => void }[] = [];
  private readonly requestHandlers = new Map<string, Handler>();
  readonly stderr: string[] = [];

  /**
   * Starts the server. Its V8 code cache is off unless `PIN_HYGIENE_CODE_CACHE` is set here or in
   * `env` (the server's own default, the user's cache folder, is no place for tests to write).
   */
  constructor(serverPath = repoPath('dist', 'server.js'), args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}) {
    const serverEnv: NodeJS.ProcessEnv = { ...process.env, PIN_HYGIENE_CODE_CACHE: process.env.PIN_HYGIENE_CODE_CACHE ?? 'off', ...env };
    for (const [key, value] of Object.entries(serverEnv)) if (value === undefined) delete serverEnv[key];
    this.child = spawn(process.execPath, [serverPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('server exited'));
      this.pending.clear();
    });
  }

  /** The server's process id (to signal it). */
  get pid(): number {
    return this.child.pid!;
  }

  /** Answers a server-to-client request (e.g. workspace/configuration). */
  onRequest(method: string, handler: Handler): void {
    this.requestHandlers.set(method, handler);
  }

  onNotification(method: string, listener: (params: any) => void): () => void {
    const entry = { method, listener };
    this.notificationListeners.push(entry);
    return () => {
      const i = this.notificationListeners.indexOf(entry);
      if (i >= 0) this.notificationListeners.splice(i, 1);
    };
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Asks the server to cancel the request `request` sent last (`$/cancelRequest`). */
  cancelLastRequest(): void {
    this.notify('$/cancelRequest', { id: this.nextId - 1 });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification of `method` whose params satisfy `predicate`. */
  waitFor(method: string, predicate: (params: any) => boolean = () => true, timeoutMs = 10_000): Promise<any> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out waiting for ${method}; server stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      const off = this.onNotification(method, (params) => {
        if (!predicate(params)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  async initialize(rootUri: string | null, capabilities: Json = {}, initializationOptions?: unknown): Promise<any> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities,
      initializationOptions,
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const killer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(killer);
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: any): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      const handler = this.requestHandlers.get(message.method);
      Promise.resolve(handler ? handler(message.params) : null).then(
        (result) => this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
        (e: Error) => this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: e.message } }),
      );
      return;
    }
    for (const { method, listener } of [...this.notificationListeners]) if (method === message.method) listener(message.params);
  }
}

/** Looks up many pinned hosts, a few at a time, each failure kept as that host's result. */
import type { HostCheck } from '../live-checks';
import { lookupNameFor } from '../live-checks';
import { lookupHost, type LookupOptions, type LookupTarget } from './host-lookup';
import { LookupError } from './lookup-errors';

export interface VerifyHostsOptions {
  timeoutMs?: number;
  /** The proxy for a host name, or undefined for a direct connection. */
  proxyFor?: (host: string) => string | undefined;
  /** Lookups running at once (default 4). */
  concurrency?: number;
  /** Hosts not yet started when it fires are left out of the result. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, host: string) => void;
  /**
   * Where to connect for a host name instead of `name:443` (like curl's `--connect-to`); the host
   * name is still sent as SNI and checked against the certificate.
   */
  connectTo?: ReadonlyMap<string, LookupTarget>;
  /** Replaces the network lookup (tests). */
  lookup?: typeof lookupHost;
}

export async function verifyHosts(hosts: readonly string[], options: VerifyHostsOptions = {}): Promise<Map<string, HostCheck>> {
  const results = new Map<string, HostCheck>();
  const lookup = options.lookup ?? lookupHost;
  const queue = [...new Set(hosts)];
  const total = queue.length;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let host = queue.shift(); host !== undefined && !options.signal?.aborted; host = queue.shift()) {
      results.set(host, await checkHost(host, lookup, options));
      options.onProgress?.(++done, total, host);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, total)) }, worker));
  return results;
}

async function checkHost(host: string, lookup: typeof lookupHost, options: VerifyHostsOptions): Promise<HostCheck> {
  const checkedAt = new Date();
  const name = lookupNameFor(host);
  if ('skip' in name) return { host, checkedAt, error: { kind: 'skipped', message: name.skip } };
  const target = options.connectTo?.get(name.name) ?? { host: name.name, port: 443 };
  const lookupOptions: LookupOptions = { timeoutMs: options.timeoutMs, proxy: options.proxyFor?.(target.host), servername: name.name };
  try {
    return { host, checkedAt, lookup: await lookup(target, lookupOptions) };
  } catch (e) {
    const error = e instanceof LookupError ? { kind: e.kind, message: e.message } : { kind: 'network' as const, message: (e as Error).message };
    return { host, checkedAt, error };
  }
}

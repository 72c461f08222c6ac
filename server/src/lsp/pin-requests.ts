/**
 * The pin lookup requests: look up a host, read a certificate file, verify every pinned host,
 * and the inventory. Network happens only here, only when the client asks (an explicit command).
 */
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { ResponseError } from './lsp-values';
import {
  certificateSummary,
  DEFAULT_LOOKUP_TIMEOUT_MS,
  inventoryMarkdown,
  liveVerdict,
  LookupError,
  lookupHost,
  parseLookupTarget,
  proxyFromEnvironment,
  readCertificateFile,
  verifyHosts,
  type ChainCertificate,
  type ChainProblem,
  type LookupTarget,
} from '../engine';
import type { PinIndex } from './pin-index';
import {
  CERTIFICATE_FILE,
  EXPORT_INVENTORY,
  INVENTORY,
  LOOKUP_HOST,
  VERIFY_LIVE,
  VERIFY_PROGRESS,
  type CertificateFileParams,
  type ChainResult,
  type ExportInventoryParams,
  type InventoryResult,
  type LookupHostParams,
  type VerifyLiveParams,
  type VerifyLiveResult,
} from './pin-protocol';

/** Error codes of failed lookups (JSON-RPC server-defined range); `data.kind` names the failure. */
export const LOOKUP_FAILED = -32050;

function timeoutOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, 120_000) : DEFAULT_LOOKUP_TIMEOUT_MS;
}

/** The client's `http.proxy` when set, else the server's environment. */
function proxyFor(host: string, clientProxy: unknown): string | undefined {
  return typeof clientProxy === 'string' && clientProxy.trim() ? clientProxy.trim() : proxyFromEnvironment(host, process.env);
}

function chainResult(source: string, chain: ChainCertificate[], problems: ChainProblem[], extra: Partial<ChainResult> = {}): ChainResult {
  return { source, ...extra, problems, certificates: chain.map(certificateSummary) };
}

export function registerPinRequests(connection: Connection, pins: PinIndex, refresh: () => Promise<void>): void {
  connection.onRequest(LOOKUP_HOST, async (params: LookupHostParams): Promise<ChainResult> => {
    try {
      const target = parseLookupTarget(String(params?.target ?? ''));
      const lookup = await lookupHost(target, { timeoutMs: timeoutOf(params.timeoutMs), proxy: proxyFor(target.host, params.proxy) });
      const source = `lookup of ${params.target} at ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
      if (target.port === 443) {
        pins.recordCheck({ host: target.host, lookup, checkedAt: new Date() }, source);
        await refresh();
      } else {
        pins.recordCertificates(lookup.chain, source);
      }
      return chainResult(String(params.target), lookup.chain, lookup.problems, { servername: lookup.servername, protocol: lookup.protocol, proxy: lookup.proxy });
    } catch (e) {
      if (e instanceof LookupError) throw new ResponseError(LOOKUP_FAILED, e.message, { kind: e.kind });
      throw e;
    }
  });

  connection.onRequest(CERTIFICATE_FILE, async (params: CertificateFileParams): Promise<ChainResult> => {
    const uri = String(params?.uri ?? '');
    if (!uri.startsWith('file:')) throw new ResponseError(LOOKUP_FAILED, `Only files on disk can be read (${uri}).`, { kind: 'target' });
    try {
      const { chain, problems } = await readCertificateFile(fileURLToPath(uri));
      pins.recordCertificates(chain, `file ${uri}`);
      return chainResult(uri, chain, problems);
    } catch (e) {
      throw new ResponseError(LOOKUP_FAILED, (e as Error).message, { kind: 'file' });
    }
  });

  connection.onRequest(VERIFY_LIVE, async (params: VerifyLiveParams, token: CancellationToken): Promise<VerifyLiveResult> => {
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    const hosts = pins.hosts();
    const connectTo = new Map<string, LookupTarget>();
    for (const [host, target] of Object.entries(params?.connectTo ?? {})) {
      try {
        connectTo.set(host.toLowerCase(), parseLookupTarget(String(target)));
      } catch (e) {
        connection.console.warn(`Ignoring connectTo ${host}: ${(e as Error).message}`);
      }
    }
    const checks = await verifyHosts(hosts, {
      connectTo,
      timeoutMs: timeoutOf(params?.timeoutMs),
      proxyFor: (host) => proxyFor(host, params?.proxy),
      signal: abort.signal,
      onProgress: (done, total, host) => void connection.sendNotification(VERIFY_PROGRESS, { done, total, host }),
    });
    for (const check of checks.values()) pins.recordCheck(check, `lookup of ${check.host}:443 at ${check.checkedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    await refresh();
    const inventory = pins.inventory();
    const results = [...checks.values()].map((check) => {
      const hostPins = inventory.find((h) => h.host === check.host)?.pins ?? [];
      return { host: check.host, ...liveVerdict(hostPins, check) };
    });
    return { hosts: results, findings: pins.liveFindingCount(), cancelled: abort.signal.aborted };
  });

  connection.onRequest(INVENTORY, (): InventoryResult => ({ hosts: pins.inventory() }));

  connection.onRequest(EXPORT_INVENTORY, (params: ExportInventoryParams): string => {
    const hosts = pins.inventory();
    if (params?.format === 'json') return JSON.stringify({ hosts }, null, 2) + '\n';
    return inventoryMarkdown(hosts, (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri));
  });
}

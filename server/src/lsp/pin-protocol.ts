/**
 * Custom requests between the VS Code client and the server for pin lookups, live verification
 * and the pin inventory. Plain types and method names only, so the client can import them.
 */
import type { CertificateSummary, ChainProblem, InventoryHost } from '../engine/index-types';

/** Look up a live host's chain: network, on explicit user command only. */
export const LOOKUP_HOST = 'pinHygiene/lookupHost';
export interface LookupHostParams {
  /** `host[:port]` or an https URL. */
  target: string;
  timeoutMs?: number;
  /** VS Code's `http.proxy`; empty or absent: `HTTPS_PROXY` of the server's environment, if any. */
  proxy?: string;
}

/** The certificates of a file (PEM, DER, PKCS#7). */
export const CERTIFICATE_FILE = 'pinHygiene/certificateFile';
export interface CertificateFileParams {
  uri: string;
}

export interface ChainResult {
  source: string;
  servername?: string;
  protocol?: string;
  proxy?: string;
  problems: ChainProblem[];
  certificates: CertificateSummary[];
}

/** Verify every pinned host of the workspace; cancellable; progress as VERIFY_PROGRESS notifications. */
export const VERIFY_LIVE = 'pinHygiene/verifyLive';
export interface VerifyLiveParams {
  timeoutMs?: number;
  proxy?: string;
  /** `{ "api.example.com": "10.0.0.5:8443" }`: where to connect for a pinned host (it is still sent as SNI). */
  connectTo?: Record<string, string>;
}
export interface VerifyLiveResult {
  hosts: { host: string; ok: boolean; text: string }[];
  /** Live findings published (pin-live-* diagnostics). */
  findings: number;
  cancelled: boolean;
}
export const VERIFY_PROGRESS = 'pinHygiene/verifyProgress';
export interface VerifyProgressParams {
  done: number;
  total: number;
  host: string;
}

export const INVENTORY = 'pinHygiene/inventory';
export interface InventoryResult {
  hosts: InventoryHost[];
}

export const EXPORT_INVENTORY = 'pinHygiene/exportInventory';
export interface ExportInventoryParams {
  format: 'markdown' | 'json';
}

/** Sent by the server when the inventory changed (after scans and verifications). */
export const INVENTORY_CHANGED = 'pinHygiene/inventoryChanged';

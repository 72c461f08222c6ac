/** Type-only view of engine data that crosses the LSP boundary (importable by the client without code). */
export type { CertificateSummary } from './pins/certificate-summary';
export type { ChainProblem } from './pins/chain';
export type { InventoryHost, InventoryPinSet, InventoryProblem } from './pins/inventory';

/**
 * What the server knows about the workspace's pins: the pin and pin-health findings of every file
 * (for the inventory and live verification), the last live check of each host, and the
 * certificates seen in lookups and bundled certificate files (for hovers). Bounded in size.
 */
import {
  buildInventory,
  certificateSummary,
  pinSetsOf,
  runLiveChecks,
  type CertificateSummary,
  type ChainCertificate,
  type Finding,
  type HostCheck,
  type InventoryHost,
  type RuleSetting,
} from '../engine';

export interface KnownCertificate {
  certificate: CertificateSummary;
  /** `lookup of api.example.com:443 at …` or `file …`. */
  source: string;
}

const MAX_KNOWN_CERTIFICATES = 5000;

export class PinIndex {
  private readonly files = new Map<string, Finding[]>();
  readonly checks = new Map<string, HostCheck>();
  private readonly certificates = new Map<string, KnownCertificate>();
  /** Records a file's findings and returns them plus live findings for its pin sets (`rules`: the user's overrides). */
  withLive(uri: string, findings: readonly Finding[], rules: Readonly<Record<string, RuleSetting>> = {}): Finding[] {
    const kept = findings.filter((f) => f.category === 'pin' || f.category === 'pin-health');
    if (kept.length > 0) this.files.set(uri, kept);
    else this.files.delete(uri);
    if (this.checks.size === 0) return [...findings];
    return [...findings, ...runLiveChecks(pinSetsOf(findings), this.checks, { rules })];
  }

  forget(uri: string): void {
    this.files.delete(uri);
  }

  /** Every pinned host of the indexed files. */
  hosts(): string[] {
    const hosts = new Set<string>();
    for (const findings of this.files.values()) for (const f of pinSetsOf(findings)) hosts.add(f.host!);
    return [...hosts];
  }

  recordCheck(check: HostCheck, source: string): void {
    this.checks.set(check.host, check);
    if (check.lookup) this.recordCertificates(check.lookup.chain, source);
  }

  recordCertificates(chain: readonly ChainCertificate[], source: string): void {
    for (const c of chain) {
      if (this.certificates.size >= MAX_KNOWN_CERTIFICATES) this.certificates.delete(this.certificates.keys().next().value!);
      const known = { certificate: certificateSummary(c), source };
      this.certificates.set(c.spkiSha256Base64, known);
      this.certificates.set(Buffer.from(c.certificateSha256Hex, 'hex').toString('base64'), known);
    }
  }

  /** The certificate a base64 SHA-256 digest names (its key's pin, or its fingerprint). */
  certificateFor(base64: string): KnownCertificate | undefined {
    return this.certificates.get(base64);
  }

  /** How many live findings the indexed files have now. */
  liveFindingCount(): number {
    let count = 0;
    for (const findings of this.files.values()) count += runLiveChecks(pinSetsOf(findings), this.checks).length;
    return count;
  }

  inventory(): InventoryHost[] {
    return buildInventory([...this.files].map(([location, findings]) => ({ location, findings })), this.checks);
  }
}

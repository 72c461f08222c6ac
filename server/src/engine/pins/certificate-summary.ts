/** A certificate of a chain as plain JSON (dates as ISO strings, no DER): for reports and LSP messages. */
import type { ChainCertificate, ChainRole } from './chain';

export interface CertificateSummary {
  index: number;
  role: ChainRole;
  subject: string;
  issuer: string;
  commonName?: string;
  subjectAltNames: string[];
  notBefore: string;
  notAfter: string;
  isCA: boolean;
  keyType: string;
  keyBits?: number;
  curve?: string;
  /** `sha256/BASE64`. */
  pin: string;
  spkiSha256Base64: string;
  spkiSha256Hex: string;
  certificateSha256Hex: string;
}

export function certificateSummary(c: ChainCertificate): CertificateSummary {
  const summary: CertificateSummary = {
    index: c.index,
    role: c.role,
    subject: c.subject,
    issuer: c.issuer,
    subjectAltNames: c.subjectAltNames,
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
    isCA: c.isCA,
    keyType: c.keyType,
    pin: c.pin,
    spkiSha256Base64: c.spkiSha256Base64,
    spkiSha256Hex: c.spkiSha256Hex,
    certificateSha256Hex: c.certificateSha256Hex,
  };
  if (c.commonName !== undefined) summary.commonName = c.commonName;
  if (c.keyBits !== undefined) summary.keyBits = c.keyBits;
  if (c.curve !== undefined) summary.curve = c.curve;
  return summary;
}

/** `AB:CD:…` for a hex digest, as openssl and browsers show fingerprints. */
export function colonHex(hex: string): string {
  return hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
}

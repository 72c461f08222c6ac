/** A certificate chain with each certificate's role: leaf, intermediate or root. */
import { describeCertificate, type CertificateDetails } from './certificate-details';

export type ChainRole = 'leaf' | 'intermediate' | 'root';

export type ChainProblemKind = 'self-signed' | 'expired' | 'not-yet-valid' | 'untrusted' | 'hostname' | 'other';

/** Why a chain would not be accepted by a client that validates it. */
export interface ChainProblem {
  kind: ChainProblemKind;
  message: string;
  /** The OpenSSL verification code, when the problem came from it. */
  code?: string;
}

export interface ChainCertificate extends CertificateDetails {
  role: ChainRole;
  /** Position in the chain as presented (0 = first). */
  index: number;
}

/**
 * Describes certificates in the order given (a server presents its leaf first). A CA certificate
 * is a root when self-issued, an intermediate otherwise; the first non-CA certificate is the leaf.
 */
export function analyseChain(ders: readonly Uint8Array[]): ChainCertificate[] {
  return ders.map((der, index) => {
    const details = describeCertificate(der);
    return { ...details, role: roleOf(details, index), index };
  });
}

function roleOf(details: CertificateDetails, index: number): ChainRole {
  if (details.isCA) return details.selfIssued ? 'root' : 'intermediate';
  // Not marked as a CA: a leaf when first (self-signed or not); further down, an old CA without the flag.
  if (index === 0) return 'leaf';
  return details.selfIssued ? 'root' : 'intermediate';
}

/** Whether a certificate is outside its validity period at `now`. */
export function validityProblem(certificate: Pick<CertificateDetails, 'notBefore' | 'notAfter'>, now: Date): 'expired' | 'not yet valid' | undefined {
  if (certificate.notAfter.getTime() < now.getTime()) return 'expired';
  if (certificate.notBefore.getTime() > now.getTime()) return 'not yet valid';
  return undefined;
}

/** Expired and not-yet-valid certificates of a chain. */
export function validityProblems(chain: readonly ChainCertificate[], now: Date): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (const c of chain) {
    const problem = validityProblem(c, now);
    if (problem === 'expired') {
      problems.push({ kind: 'expired', message: `Expired chain: the ${c.role} certificate ${c.subject} expired on ${c.notAfter.toISOString()}.` });
    } else if (problem) {
      problems.push({ kind: 'not-yet-valid', message: `The ${c.role} certificate ${c.subject} is not valid before ${c.notBefore.toISOString()}.` });
    }
  }
  return problems;
}

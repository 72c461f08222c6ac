/**
 * Bundled certificate files (DER, PEM or PKCS#7; one or many certificates) as pin-health checks
 * see them: subject, host names, validity, CA flag and the SPKI pin. Parsing lives in engine/pins.
 */
import { readCertificateBlocks } from '../../pins/certificate-source';
import { describeCertificate } from '../../pins/certificate-details';

export interface BundledCertificate {
  /** Offsets of the certificate in the file: the PEM block, or [0, 0) for a binary file. */
  start: number;
  end: number;
  subject: string;
  /** Common name and DNS subject alternative names, without duplicates. */
  hosts: string[];
  notBefore: Date;
  notAfter: Date;
  isCA: boolean;
  /** `sha256/` + base64(SHA-256(DER SubjectPublicKeyInfo)): the pin of this certificate's key. */
  pin: string;
}

/**
 * The certificates of a file, given as bytes and as latin1 text (so offsets equal byte offsets).
 * Returns an empty list for content that holds no certificate (private keys, CSRs, other data);
 * blocks that do not parse are left out.
 */
export function readCertificates(bytes: Uint8Array, text: string): BundledCertificate[] {
  const found: BundledCertificate[] = [];
  for (const block of readCertificateBlocks(bytes, text)) {
    try {
      const d = describeCertificate(block.der);
      found.push({ start: block.start, end: block.end, subject: d.subject, hosts: d.hosts, notBefore: d.notBefore, notAfter: d.notAfter, isCA: d.isCA, pin: d.pin });
    } catch {
      // not a certificate after all
    }
  }
  return found;
}

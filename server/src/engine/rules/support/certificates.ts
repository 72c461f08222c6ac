/**
 * Reads bundled certificate files (DER or PEM, one or many certificates) with @peculiar/x509 and
 * gives what pin-health checks need: subject, host names, validity, CA flag and the SPKI pin.
 */
import { createHash } from 'node:crypto';
import type { X509Certificate } from '@peculiar/x509';
import { x509 } from '../../x509';

export interface BundledCertificate {
  /** Offsets of the certificate in the file: the PEM block, or [0, 0) for a DER file. */
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

/** At most this many PEM blocks are read from one file (CA bundles can hold hundreds). */
export const MAX_CERTIFICATES_PER_FILE = 500;

const PEM_BLOCK = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([A-Za-z0-9+/=\s]{1,200000}?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;

/**
 * The certificates of a file, given as bytes and as latin1 text (so offsets equal byte offsets).
 * Returns an empty list for content that is neither a DER certificate nor PEM certificates
 * (private keys, CSRs, other binary data).
 */
export function readCertificates(bytes: Uint8Array, text: string): BundledCertificate[] {
  if (text.includes('-----BEGIN')) {
    const found: BundledCertificate[] = [];
    PEM_BLOCK.lastIndex = 0;
    let blocks = 0;
    for (let m = PEM_BLOCK.exec(text); m && blocks++ < MAX_CERTIFICATES_PER_FILE; m = PEM_BLOCK.exec(text)) {
      const der = Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
      const certificate = describe(der, m.index, m.index + m[0].length);
      if (certificate) found.push(certificate);
    }
    return found;
  }
  // DER: an ASN.1 SEQUENCE (0x30) with a long-form length, as every certificate is.
  if (bytes.length < 64 || bytes[0] !== 0x30 || bytes[1] < 0x81 || bytes[1] > 0x84) return [];
  const certificate = describe(bytes, 0, 0);
  return certificate ? [certificate] : [];
}

function describe(der: Uint8Array, start: number, end: number): BundledCertificate | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new (x509().X509Certificate)(toArrayBuffer(der));
  } catch {
    return undefined;
  }
  const hosts: string[] = [];
  const cn = safely(() => certificate.subjectName.getField('CN')[0]);
  if (cn) hosts.push(cn);
  const san = safely(() => certificate.getExtension(x509().SubjectAlternativeNameExtension));
  for (const name of safely(() => san?.names.items) ?? []) {
    if (name.type === 'dns' && !hosts.includes(name.value)) hosts.push(name.value);
  }
  const basic = safely(() => certificate.getExtension(x509().BasicConstraintsExtension));
  const spki = new Uint8Array(certificate.publicKey.rawData);
  return {
    start,
    end,
    subject: certificate.subject,
    hosts,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    isCA: Boolean(basic?.ca),
    pin: `sha256/${createHash('sha256').update(spki).digest('base64')}`,
  };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Certificates out of a file's bytes: PEM (any number of CERTIFICATE blocks), a DER certificate,
 * or a PKCS#7 bundle (`.p7b`/`.p7c`, DER or PEM). Bounded: at most MAX_CERTIFICATES_PER_FILE.
 */
import { x509 } from '../x509';

export type CertificateEncoding = 'pem' | 'der' | 'pkcs7';

export interface CertificateBlock {
  der: Uint8Array;
  /** Offsets of the block in the file: the PEM block, or [0, 0) for binary forms. */
  start: number;
  end: number;
}

/** At most this many certificates are read from one file (CA bundles can hold hundreds). */
export const MAX_CERTIFICATES_PER_FILE = 500;

const PEM_CERTIFICATE = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([A-Za-z0-9+/=\s]{1,200000}?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;
const PEM_PKCS7 = /-----BEGIN PKCS7-----([A-Za-z0-9+/=\s]{1,2000000}?)-----END PKCS7-----/;
/** DER of the OID 1.2.840.113549.1.7.2 (PKCS#7 signedData). */
const SIGNED_DATA_OID = Buffer.from('06092a864886f70d010702', 'hex');

/**
 * The certificate blocks of a file, given as bytes and as latin1 text (so offsets equal byte
 * offsets). Empty for content that holds no certificate (keys, CSRs, other data).
 */
export function readCertificateBlocks(bytes: Uint8Array, text = Buffer.from(bytes).toString('latin1')): CertificateBlock[] {
  if (text.includes('-----BEGIN')) {
    const found: CertificateBlock[] = [];
    PEM_CERTIFICATE.lastIndex = 0;
    for (let m = PEM_CERTIFICATE.exec(text); m && found.length < MAX_CERTIFICATES_PER_FILE; m = PEM_CERTIFICATE.exec(text)) {
      found.push({ der: Buffer.from(m[1].replace(/\s+/g, ''), 'base64'), start: m.index, end: m.index + m[0].length });
    }
    if (found.length > 0) return found;
    const pkcs7 = PEM_PKCS7.exec(text);
    return pkcs7 ? pkcs7Certificates(Buffer.from(pkcs7[1].replace(/\s+/g, ''), 'base64')) : [];
  }
  // DER: an ASN.1 SEQUENCE (0x30) with a long-form length, as every certificate and bundle is.
  if (bytes.length < 64 || bytes[0] !== 0x30 || bytes[1] < 0x81 || bytes[1] > 0x84) return [];
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32));
  if (head.includes(SIGNED_DATA_OID)) return pkcs7Certificates(bytes);
  return [{ der: bytes, start: 0, end: 0 }];
}

/** How a file holds its certificates, for display. */
export function certificateEncoding(bytes: Uint8Array): CertificateEncoding {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  if (head.includes('-----BEGIN PKCS7-----')) return 'pkcs7';
  if (head.includes('-----BEGIN')) return 'pem';
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32)).includes(SIGNED_DATA_OID) ? 'pkcs7' : 'der';
}

function pkcs7Certificates(der: Uint8Array): CertificateBlock[] {
  try {
    const bundle = new (x509().X509Certificates)(toArrayBuffer(der));
    return Array.from(bundle).slice(0, MAX_CERTIFICATES_PER_FILE).map((c) => ({ der: new Uint8Array(c.rawData), start: 0, end: 0 }));
  } catch {
    return [];
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

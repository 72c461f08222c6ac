/**
 * What a developer needs to know about one certificate to pin it: names, validity, key, and the
 * digests pins are made of. Parsed with @peculiar/x509; key type and size come from Node's KeyObject.
 */
import type { X509Certificate } from '@peculiar/x509';
import { nodeCrypto } from '../node-crypto';
import { x509 } from '../x509';

export interface CertificateDetails {
  subject: string;
  issuer: string;
  /** Subject common name, when there is one. */
  commonName?: string;
  /** Subject alternative names as `DNS:name`, `IP:address`, … */
  subjectAltNames: string[];
  /** Common name and DNS subject alternative names, without duplicates. */
  hosts: string[];
  notBefore: Date;
  notAfter: Date;
  isCA: boolean;
  /** Subject equals issuer (a root, or a self-signed leaf). */
  selfIssued: boolean;
  /** `RSA`, `EC`, `Ed25519`, … */
  keyType: string;
  /** Key size in bits (RSA modulus, EC curve order), when known. */
  keyBits?: number;
  /** EC curve name, e.g. `prime256v1`. */
  curve?: string;
  /** base64(SHA-256(DER SubjectPublicKeyInfo)): the pin. */
  spkiSha256Base64: string;
  spkiSha256Hex: string;
  /** base64(SHA-1(SPKI)), for matching legacy `sha1/` pins. */
  spkiSha1Base64: string;
  /** SHA-256 of the whole DER certificate (its fingerprint), hex. */
  certificateSha256Hex: string;
  certificateSha1Hex: string;
  /** `sha256/` + the pin, the canonical form used in findings. */
  pin: string;
  der: Uint8Array;
}

const CURVE_BITS: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256, 'P-256': 256, 'P-384': 384, 'P-521': 521 };
const KEY_TYPE_NAMES: Record<string, string> = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', ec: 'EC', ed25519: 'Ed25519', ed448: 'Ed448', dsa: 'DSA' };

/** Details of a DER certificate; throws an Error with a clear message when it does not parse. */
export function describeCertificate(der: Uint8Array): CertificateDetails {
  let certificate: X509Certificate;
  try {
    certificate = new (x509().X509Certificate)(toArrayBuffer(der));
  } catch (e) {
    throw new Error(`not an X.509 certificate (${e instanceof Error ? e.message : String(e)})`);
  }
  const spki = new Uint8Array(certificate.publicKey.rawData);
  const commonName = safely(() => certificate.subjectName.getField('CN')[0]);
  const san = safely(() => certificate.getExtension(x509().SubjectAlternativeNameExtension));
  const subjectAltNames: string[] = [];
  const hosts: string[] = commonName ? [commonName] : [];
  for (const name of safely(() => san?.names.items) ?? []) {
    subjectAltNames.push(`${name.type === 'dns' ? 'DNS' : name.type === 'ip' ? 'IP' : name.type}:${name.value}`);
    if (name.type === 'dns' && !hosts.includes(name.value)) hosts.push(name.value);
  }
  const basic = safely(() => certificate.getExtension(x509().BasicConstraintsExtension));
  const spkiSha256 = nodeCrypto().createHash('sha256').update(spki).digest();
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    commonName,
    subjectAltNames,
    hosts,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    isCA: Boolean(basic?.ca),
    selfIssued: certificate.subject === certificate.issuer,
    ...keyDescription(spki),
    spkiSha256Base64: spkiSha256.toString('base64'),
    spkiSha256Hex: spkiSha256.toString('hex'),
    spkiSha1Base64: nodeCrypto().createHash('sha1').update(spki).digest('base64'),
    certificateSha256Hex: nodeCrypto().createHash('sha256').update(der).digest('hex'),
    certificateSha1Hex: nodeCrypto().createHash('sha1').update(der).digest('hex'),
    pin: `sha256/${spkiSha256.toString('base64')}`,
    der,
  };
}

function keyDescription(spki: Uint8Array): { keyType: string; keyBits?: number; curve?: string } {
  try {
    const key = nodeCrypto().createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    const type = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails ?? {};
    const curve = details.namedCurve;
    const keyBits = details.modulusLength ?? (curve ? CURVE_BITS[curve] : type === 'ed25519' ? 256 : type === 'ed448' ? 456 : undefined);
    return { keyType: KEY_TYPE_NAMES[type] ?? type, keyBits, curve };
  } catch {
    return { keyType: 'unknown' };
  }
}

/** `RSA 2048`, `EC P-256 (prime256v1)`, … */
export function keyLabel(details: Pick<CertificateDetails, 'keyType' | 'keyBits' | 'curve'>): string {
  if (details.curve) return `${details.keyType} ${details.keyBits ?? ''}-bit (${details.curve})`.replace(' -bit', '');
  return details.keyBits ? `${details.keyType} ${details.keyBits}-bit` : details.keyType;
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

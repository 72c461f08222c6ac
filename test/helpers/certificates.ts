/**
 * Test certificates made in the test with @peculiar/x509 and Node's WebCrypto: self-signed or
 * issued by a test CA, with any validity period. Nothing here is a real certificate.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

export interface TestCertificate {
  der: Uint8Array;
  pem: string;
  /** `sha256/` + base64 SHA-256 of the SubjectPublicKeyInfo. */
  pin: string;
}

export async function makeCertificate(options: {
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  ca?: boolean;
  dnsNames?: string[];
}): Promise<TestCertificate> {
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(Boolean(options.ca), undefined, true)];
  if (options.dnsNames?.length) {
    extensions.push(new x509.SubjectAlternativeNameExtension(options.dnsNames.map((value) => ({ type: 'dns' as const, value }))));
  }
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0' + Math.floor(Math.random() * 1e9).toString(16),
    name: `CN=${options.commonName}`,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    keys,
    signingAlgorithm: ALGORITHM,
    extensions,
  });
  const spki = new Uint8Array(await webcrypto.subtle.exportKey('spki', keys.publicKey));
  const digest = new Uint8Array(await webcrypto.subtle.digest('SHA-256', spki));
  return {
    der: new Uint8Array(certificate.rawData),
    pem: certificate.toString('pem'),
    pin: `sha256/${Buffer.from(digest).toString('base64')}`,
  };
}

/**
 * Test certificate chains made with the `openssl` command line (root → intermediate → leaf, RSA or
 * ECDSA, optionally an expired leaf), and pins computed by openssl alone, as the independent
 * reference the engine's pins are checked against. Nothing here is a real certificate.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export interface OpensslCertificate {
  certPath: string;
  keyPath: string;
  pem: string;
}

export interface OpensslChain {
  root: OpensslCertificate;
  intermediate: OpensslCertificate;
  leaf: OpensslCertificate;
  /** Leaf then intermediate, as a server presents them. */
  servedPem: string;
}

export type KeyKind = 'rsa' | 'ec';

function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function newKey(dir: string, name: string, kind: KeyKind): string {
  const keyPath = path.join(dir, `${name}.key`);
  const options = kind === 'rsa' ? ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'] : ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  openssl(['genpkey', ...options, '-out', keyPath], dir);
  return keyPath;
}

function certificate(certPath: string, keyPath: string): OpensslCertificate {
  return { certPath, keyPath, pem: readFileSync(certPath, 'utf8') };
}

/**
 * A root → intermediate → leaf chain in `dir`. The leaf is for `hostName` and 127.0.0.1; with
 * `expiredLeaf` its validity is 2020-01-01 to 2021-01-01 (issued with `openssl ca`, which takes dates).
 */
export function makeOpensslChain(dir: string, options: { kind?: KeyKind; hostName?: string; expiredLeaf?: boolean; prefix?: string } = {}): OpensslChain {
  const kind = options.kind ?? 'rsa';
  const prefix = options.prefix ?? kind;
  const hostName = options.hostName ?? 'api.pins.test';
  const name = (n: string): string => `${prefix}-${n}`;

  const rootKey = newKey(dir, name('root'), kind);
  const rootCert = path.join(dir, `${name('root')}.pem`);
  openssl(['req', '-x509', '-new', '-key', rootKey, '-subj', `/O=Pin Hygiene Tests/CN=Test Root ${prefix}`, '-days', '3650', '-sha256',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', rootCert], dir);

  const intermediateKey = newKey(dir, name('intermediate'), kind);
  const intermediateCsr = path.join(dir, `${name('intermediate')}.csr`);
  const intermediateCert = path.join(dir, `${name('intermediate')}.pem`);
  const caExt = path.join(dir, `${name('ca.ext')}`);
  writeFileSync(caExt, 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n');
  openssl(['req', '-new', '-key', intermediateKey, '-subj', `/O=Pin Hygiene Tests/CN=Test Intermediate ${prefix}`, '-out', intermediateCsr], dir);
  openssl(['x509', '-req', '-in', intermediateCsr, '-CA', rootCert, '-CAkey', rootKey, '-set_serial', '2', '-days', '1825', '-sha256', '-extfile', caExt, '-out', intermediateCert], dir);

  const leafKey = newKey(dir, name('leaf'), kind);
  const leafCsr = path.join(dir, `${name('leaf')}.csr`);
  const leafCert = path.join(dir, `${name('leaf')}.pem`);
  const leafExt = path.join(dir, `${name('leaf.ext')}`);
  writeFileSync(leafExt, `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${hostName},IP:127.0.0.1\n`);
  openssl(['req', '-new', '-key', leafKey, '-subj', `/CN=${hostName}`, '-out', leafCsr], dir);
  if (options.expiredLeaf) {
    const config = path.join(dir, `${name('ca.cnf')}`);
    writeFileSync(path.join(dir, `${name('index.txt')}`), '');
    writeFileSync(path.join(dir, `${name('serial')}`), '1000\n');
    writeFileSync(config, [
      '[ca]', 'default_ca = test_ca', '[test_ca]',
      `database = ${name('index.txt')}`, 'new_certs_dir = .', `serial = ${name('serial')}`,
      'default_md = sha256', 'policy = any', 'unique_subject = no', '[any]', 'commonName = supplied', '',
    ].join('\n'));
    openssl(['ca', '-batch', '-notext', '-config', config, '-cert', intermediateCert, '-keyfile', intermediateKey, '-in', leafCsr,
      '-startdate', '20200101000000Z', '-enddate', '20210101000000Z', '-extfile', leafExt, '-out', leafCert], dir);
  } else {
    openssl(['x509', '-req', '-in', leafCsr, '-CA', intermediateCert, '-CAkey', intermediateKey, '-set_serial', '3', '-days', '365', '-sha256', '-extfile', leafExt, '-out', leafCert], dir);
  }
  const root = certificate(rootCert, rootKey);
  const intermediate = certificate(intermediateCert, intermediateKey);
  const leaf = certificate(leafCert, leafKey);
  return { root, intermediate, leaf, servedPem: leaf.pem + intermediate.pem };
}

/** A self-signed leaf (not a CA) for `hostName`. */
export function makeSelfSigned(dir: string, hostName: string): OpensslCertificate {
  const keyPath = newKey(dir, 'self-signed', 'ec');
  const certPath = path.join(dir, 'self-signed.pem');
  openssl(['req', '-x509', '-new', '-key', keyPath, '-subj', `/CN=${hostName}`, '-days', '30', '-addext', `subjectAltName=DNS:${hostName},IP:127.0.0.1`, '-addext', 'basicConstraints=CA:FALSE', '-out', certPath], dir);
  return certificate(certPath, keyPath);
}

/**
 * The pin of a certificate file as openssl computes it:
 * `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`.
 */
export function opensslPin(certPath: string): string {
  const pipeline = 'openssl x509 -in "$1" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64';
  return execFileSync('sh', ['-c', pipeline, 'sh', certPath], { encoding: 'utf8' }).trim();
}

/** The certificate's SHA-256 fingerprint as openssl prints it, lower-case hex without colons. */
export function opensslFingerprint(certPath: string): string {
  const out = execFileSync('openssl', ['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
  return out.trim().split('=')[1].replace(/:/g, '').toLowerCase();
}

/** A file in another encoding: DER, or a PKCS#7 bundle of several PEM files. */
export function toDer(certPath: string, outPath: string): string {
  execFileSync('openssl', ['x509', '-in', certPath, '-outform', 'der', '-out', outPath]);
  return outPath;
}

export function toPkcs7(certPaths: string[], outPath: string, outform: 'PEM' | 'DER' = 'DER'): string {
  execFileSync('openssl', ['crl2pkcs7', '-nocrl', ...certPaths.flatMap((p) => ['-certfile', p]), '-outform', outform, '-out', outPath]);
  return outPath;
}

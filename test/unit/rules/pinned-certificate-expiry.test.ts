import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Scanner, scanPaths, type Finding } from '../../../server/src/engine';
import { makeCertificate, type TestCertificate } from '../../helpers/certificates';

const RULE = 'pinned-certificate-expiry';
const NOW = new Date('2026-01-15T12:00:00Z');

function scanBytes(file: string, bytes: Uint8Array, options: { now?: Date; expiryWarningDays?: number } = { now: NOW }): Finding[] {
  return new Scanner(options).scanBytes(file, bytes, 'certificate').findings;
}

describe(RULE, () => {
  let expired: TestCertificate;
  let expiring: TestCertificate;
  let valid: TestCertificate;

  before(async () => {
    expired = await makeCertificate({ commonName: 'old.example.com', dnsNames: ['old.example.com', 'old-cdn.example.com'], notBefore: new Date('2023-01-01'), notAfter: new Date('2025-01-01') });
    expiring = await makeCertificate({ commonName: 'api.example.com', notBefore: new Date('2025-01-01'), notAfter: new Date('2026-02-01T00:00:00Z') });
    valid = await makeCertificate({ commonName: 'Example Root CA', ca: true, notBefore: new Date('2025-01-01'), notAfter: new Date('2040-01-01') });
  });

  it('reports an expired DER certificate as an error at the start of the file, with host and SPKI pin', () => {
    const [f, ...rest] = scanBytes('app/src/main/res/raw/old_api.cer', expired.der);
    assert.equal(rest.length, 0);
    assert.equal(f.ruleId, RULE);
    assert.equal(f.category, 'pin-health');
    assert.equal(f.severity, 'error');
    assert.equal(`${f.line}:${f.column}`, '1:1');
    assert.equal(f.host, 'old.example.com, old-cdn.example.com');
    assert.deepEqual(f.pins, [expired.pin]);
    assert.match(f.message, /`CN=old\.example\.com` expired on 2025-01-01/);
  });

  it('reports each expiring certificate of a PEM bundle on its own BEGIN line, as a warning', () => {
    const pem = `# API certificates\n${valid.pem}\n${expiring.pem}\n`;
    const findings = scanBytes('assets/certs/api.pem', Buffer.from(pem, 'latin1'));
    const beginLine = pem.split('\n').findIndex((line, i) => line.startsWith('-----BEGIN') && i > 1) + 1;
    assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`), [`${RULE}@${beginLine}:1`]);
    assert.equal(findings[0].severity, 'warning');
    assert.match(findings[0].message, /expires on 2026-02-01 \(in 16 days\)/);
    assert.deepEqual(scanBytes('assets/certs/api.pem', Buffer.from(pem), { now: NOW, expiryWarningDays: 7 }), []);
  });

  it('ignores valid certificates, test folders, keys and other binary content', () => {
    assert.deepEqual(scanBytes('ios/App/Certificates/root.der', valid.der), []);
    assert.deepEqual(scanBytes('app/src/test/resources/old.cer', expired.der), []);
    assert.deepEqual(scanBytes('ios/AppTests/Fixtures/old.der', expired.der), []);
    assert.deepEqual(scanBytes('res/raw/junk.der', Buffer.from([0x30, 0x82, 0x01, 0x00, 1, 2, 3, ...new Array(80).fill(7)])), []);
    const key = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';
    // A bundled private key is the secret-private-key rule's business, not this rule's.
    assert.deepEqual(scanBytes('assets/key.pem', Buffer.from(key)).map((f) => f.ruleId), ['secret-private-key']);
  });

  it('matches the openssl pin of a certificate made by openssl, expiring within the default 30 days', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-cert-'));
    try {
      const cert = path.join(dir, 'server.pem');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', path.join(dir, 'k.pem'), '-out', cert, '-subj', '/CN=pinned.example.com', '-days', '10'], { stdio: 'ignore' });
      const der = execFileSync('openssl', ['x509', '-in', cert, '-outform', 'der']);
      const spki = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: execFileSync('openssl', ['x509', '-in', cert, '-pubkey', '-noout']) });
      const expected = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: spki }).toString('base64');
      const [f] = new Scanner().scanBytes('res/raw/server.der', der, 'certificate').findings;
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.pins, [`sha256/${expected}`]);
      assert.match(f.message, /CN=pinned\.example\.com.*expires on .* \(in (9|10) days\)/);
      // The PEM file opened in an editor goes through scan() with its text.
      assert.equal(new Scanner().scan(cert, readFileSync(cert, 'utf8')).findings[0]?.ruleId, RULE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is found by the folder walk (binary files included) and can be turned off', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ph-walk-'));
    try {
      mkdirSync(path.join(dir, 'app/src/main/res/raw'), { recursive: true });
      writeFileSync(path.join(dir, 'app/src/main/res/raw/old.der'), expired.der);
      writeFileSync(path.join(dir, 'app/src/main/res/raw/root.crt'), valid.pem);
      const files: string[] = [];
      for await (const scan of scanPaths([dir], new Scanner({ now: NOW }), { cwd: dir })) {
        files.push(`${scan.file}:${scan.findings.map((f) => f.ruleId).join(',')}${scan.skipped ? ' skipped' : ''}`);
      }
      assert.deepEqual(files.sort(), [`app/src/main/res/raw/old.der:${RULE}`, 'app/src/main/res/raw/root.crt:']);
      const off = new Scanner({ now: NOW, rules: { [RULE]: 'off', 'secret-private-key': 'off' } });
      assert.equal(off.handles('certificate'), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  chainFromBytes,
  formatPin,
  formatPins,
  matchPins,
  pinSyntaxFor,
  readCertificateBlocks,
  runLiveChecks,
  type ChainCertificate,
  type Finding,
  type HostCheck,
} from '../../../server/src/engine';
import { makeOpensslChain, opensslPin, toDer, toPkcs7, type OpensslChain } from '../../helpers/openssl-chain';

describe('certificate files and pins', function () {
  this.timeout(20_000);
  let dir: string;
  let chain: OpensslChain;
  let pins: string[];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-certs-'));
    chain = makeOpensslChain(dir, { kind: 'ec', prefix: 'file' });
    pins = [chain.leaf.certPath, chain.intermediate.certPath, chain.root.certPath].map(opensslPin);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a PEM bundle in order, with roles and the pins openssl computes', () => {
    const { chain: read, problems } = chainFromBytes(Buffer.from(chain.leaf.pem + chain.intermediate.pem + chain.root.pem), 'bundle.pem');
    assert.deepEqual(read.map((c) => c.role), ['leaf', 'intermediate', 'root']);
    assert.deepEqual(read.map((c) => c.spkiSha256Base64), pins);
    assert.deepEqual(problems, []);
  });

  it('reads a DER certificate and DER and PEM PKCS#7 bundles', () => {
    const der = readFileSync(toDer(chain.intermediate.certPath, path.join(dir, 'intermediate.der')));
    const fromDer = chainFromBytes(der, 'intermediate.der').chain;
    assert.deepEqual(fromDer.map((c) => [c.role, c.spkiSha256Base64]), [['intermediate', pins[1]]]);
    for (const outform of ['DER', 'PEM'] as const) {
      const bundle = readFileSync(toPkcs7([chain.leaf.certPath, chain.intermediate.certPath], path.join(dir, `chain-${outform}.p7b`), outform));
      const read = chainFromBytes(bundle, 'chain.p7b').chain;
      assert.deepEqual(read.map((c) => c.spkiSha256Base64).sort(), [pins[0], pins[1]].sort(), outform);
      assert.equal(readCertificateBlocks(bundle).length, 2);
    }
  });

  it('says clearly when a file holds no certificate', () => {
    assert.throws(() => chainFromBytes(readFileSync(chain.leaf.keyPath), 'leaf.key'), /leaf\.key holds no certificate \(expected PEM, DER or a PKCS#7 bundle\)/);
    assert.throws(() => chainFromBytes(Buffer.from('hello'), 'x.cer'), /holds no certificate/);
  });

  it('matches pins by key and by certificate fingerprint, sha256 and sha1', () => {
    const read = chainFromBytes(Buffer.from(chain.leaf.pem + chain.intermediate.pem), 'c.pem').chain;
    const [leaf, intermediate] = read;
    const certificatePin = `sha256/${Buffer.from(intermediate.certificateSha256Hex, 'hex').toString('base64')}`;
    const urlSafe = `sha256/${leaf.spkiSha256Base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const match = matchPins([leaf.pin, certificatePin, `sha1/${leaf.spkiSha1Base64}`, urlSafe, 'sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='], read);
    assert.deepEqual(match.matches.map((m) => [m.certificate?.role, m.by]), [['leaf', 'key'], ['intermediate', 'certificate'], ['leaf', 'key'], ['leaf', 'key'], [undefined, undefined]]);
    assert.deepEqual(match.unmatched, ['sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=']);
  });

  it('formats a pin in each platform syntax', () => {
    const pin = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
    const b64 = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
    assert.equal(formatPin(pin, 'okhttp'), `"sha256/${b64}"`);
    assert.equal(formatPin(pin, 'nsc'), `<pin digest="SHA-256">${b64}</pin>`);
    assert.equal(formatPin(pin, 'plist'), `<dict>\n\t<key>SPKI-SHA256-BASE64</key>\n\t<string>${b64}</string>\n</dict>`);
    assert.equal(formatPin(pin, 'swift'), `"${b64}"`);
    assert.equal(formatPin(b64, 'objc'), `@"${b64}"`);
    assert.equal(formatPin(pin, 'dart'), `'${b64}'`);
    assert.equal(formatPin(pin, 'js'), `'${b64}'`);
    assert.equal(formatPin(pin, 'plain'), pin);
    assert.equal(formatPins([pin, 'sha256/B'], 'okhttp', '    '), `"sha256/${b64}",\n    "sha256/B"`);
    assert.equal(formatPins([pin, 'sha256/B'], 'nsc', '  '), `<pin digest="SHA-256">${b64}</pin>\n  <pin digest="SHA-256">B</pin>`);
  });

  it('picks the syntax of the file being edited', () => {
    assert.equal(pinSyntaxFor('kotlin', 'Api.kt'), 'okhttp');
    assert.equal(pinSyntaxFor('java'), 'okhttp');
    assert.equal(pinSyntaxFor('xml', 'res/xml/network_security_config.xml'), 'nsc');
    assert.equal(pinSyntaxFor('plaintext', 'Info.plist'), 'plist');
    assert.equal(pinSyntaxFor('swift'), 'swift');
    assert.equal(pinSyntaxFor('objective-c'), 'objc');
    assert.equal(pinSyntaxFor('dart'), 'dart');
    assert.equal(pinSyntaxFor('typescriptreact'), 'js');
    assert.equal(pinSyntaxFor('plaintext', 'lib/api.dart'), 'dart');
    assert.equal(pinSyntaxFor('markdown', 'notes.md'), 'plain');
  });

  describe('live checks on lookup results', () => {
    let served: ChainCertificate[];
    before(() => {
      served = chainFromBytes(Buffer.from(chain.leaf.pem + chain.intermediate.pem), 'c.pem').chain;
    });

    function pinSet(pins: string[], expiration?: string): Finding {
      return { ruleId: 'nsc-pin-set', category: 'pin', severity: 'warning', file: 'nsc.xml', line: 3, column: 5, endLine: 3, endColumn: 20, message: 'm', fixable: false, host: 'api.pins.test', pins, offset: 10, endOffset: 30, ...(expiration ? { expiration } : {}) };
    }
    const check = (): HostCheck => ({ host: 'api.pins.test', checkedAt: new Date(), lookup: { host: 'api.pins.test', port: 443, chain: served, problems: [] } });
    const run = (set: Finding, c: HostCheck = check()): string[] =>
      runLiveChecks([set], new Map([['api.pins.test', c]])).map((f) => `${f.ruleId}:${f.severity}:${f.line}`);

    it('flags a pin set that matches nothing served (error) and keeps its location', () => {
      assert.deepEqual(run(pinSet(['sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='])), ['pin-live-mismatch:error:3']);
    });

    it('flags leaf-only matches and lists unmatched backups at info level', () => {
      assert.deepEqual(run(pinSet([served[0].pin, 'sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='])), ['pin-live-mismatch:info:3', 'pin-live-leaf-only:warning:3']);
      assert.deepEqual(run(pinSet([served[0].pin, served[1].pin])), []);
    });

    it('flags a matched certificate that expires before the pin set does', () => {
      const late = new Date(served[0].notAfter.getTime() + 40 * 86_400_000).toISOString().slice(0, 10);
      const early = new Date(served[0].notAfter.getTime() - 40 * 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(run(pinSet([served[0].pin, served[1].pin], late)), ['pin-live-certificate-expiry:warning:3']);
      assert.deepEqual(run(pinSet([served[0].pin, served[1].pin], early)), []);
    });

    it('reports a failed lookup as info, not as a mismatch', () => {
      const failed: HostCheck = { host: 'api.pins.test', checkedAt: new Date(), error: { kind: 'dns', message: 'DNS lookup failed: …' } };
      const findings = runLiveChecks([pinSet([served[0].pin])], new Map([['api.pins.test', failed]]));
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['pin-live-lookup-failed', 'info']]);
      assert.match(findings[0].message, /^Pins for `api\.pins\.test` not verified: DNS lookup failed/);
    });
  });
});

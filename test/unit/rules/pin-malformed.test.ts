import { strict as assert } from 'node:assert';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'pin-malformed';
const NSC = 'res/xml/network_security_config.xml';
const GOOD_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const GOOD_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const HEX_AS_BASE64 = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

const nsc = (...pins: string[]): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<network-security-config>',
    '  <domain-config>',
    '    <domain>api.example.com</domain>',
    '    <pin-set expiration="2030-01-01">',
    ...pins.map((p) => `      <pin digest="SHA-256">${p}</pin>`),
    '    </pin-set>',
    '  </domain-config>',
    '</network-security-config>',
  ].join('\n');

describe(RULE, () => {
  it('reports a hex digest on the pin text of an NSC <pin> and gives the base64 form', () => {
    const findings = scanWithPinHealth(NSC, nsc(HEX, GOOD_A));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@6:29`]);
    const [f] = findings.filter((x) => x.ruleId === RULE);
    assert.equal(f.endColumn, 29 + HEX.length);
    assert.equal(f.severity, 'error');
    assert.equal(f.host, 'api.example.com');
    assert.ok(f.message.includes(`sha256/${HEX_AS_BASE64}`), f.message);
    assert.equal(Buffer.from(HEX_AS_BASE64, 'base64').toString('hex'), HEX);
  });

  it('reports colon-separated hex fingerprints, wrong lengths and bad characters', () => {
    const colon = HEX.match(/../g)!.join(':').toUpperCase();
    const short = GOOD_A.slice(0, 40); // 30 bytes
    const bad = GOOD_A.slice(0, 10) + '$' + GOOD_A.slice(11);
    const findings = scanWithPinHealth(NSC, nsc(colon, short, bad)).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@6:29`, `${RULE}@7:29`, `${RULE}@8:29`]);
    assert.match(findings[0].message, /hex SHA-256 digest/);
    assert.match(findings[1].message, /decodes to 30 bytes, but a SHA-256 pin is 32 bytes/);
    assert.match(findings[2].message, /not base64 \(`\$` at position 11\)/);
  });

  it('reports pins in Kotlin string literals on the literal, including pins held in constants', () => {
    const text = [
      'object Pins {',
      `    const val LEGACY = "sha256/${HEX}"`,
      '}',
      'val pinner = CertificatePinner.Builder()',
      `    .add("api.example.com", Pins.LEGACY, "sha256/${GOOD_B}")`,
      `    .add("cdn.example.com", "sha256/${GOOD_A.slice(0, 20)}", "sha256/${GOOD_B}")`,
      '    .build()',
    ].join('\n');
    const findings = scanWithPinHealth('Net.kt', text).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@2:25`, `${RULE}@6:30`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.equal(findings[1].host, 'cdn.example.com');
  });

  it('reports white space inside a pin as info on Android, with the compact form', () => {
    const split = `${GOOD_A.slice(0, 20)}\n        ${GOOD_A.slice(20)}`;
    const findings = scanWithPinHealth(NSC, nsc(split, GOOD_B)).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@6:29`]);
    assert.equal(findings[0].severity, 'info');
    assert.ok(findings[0].message.includes(`sha256/${GOOD_A}\``));
  });

  it('reports an empty pin and accepts valid SHA-256 and URL-safe pins', () => {
    // An empty <pin> is reported where its text would be.
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc('', GOOD_A)), RULE), [`${RULE}@6:29`]);
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc(GOOD_A, GOOD_B)), RULE), []);
    const urlSafe = `val p = CertificatePinner.Builder().add("a.example.com", "sha256/${GOOD_B.replace('/', '_')}", "sha256/${GOOD_A}").build()`;
    assert.deepEqual(positions(scanWithPinHealth('A.kt', urlSafe), RULE), []);
  });

  it('is quiet on pin-like values outside pin configurations and when turned off', () => {
    assert.deepEqual(scanWithPinHealth('Hash.kt', `val digest = "sha256/${HEX}"`), []);
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc(HEX, GOOD_A), { rules: { [RULE]: 'off' } }), RULE), []);
  });
});

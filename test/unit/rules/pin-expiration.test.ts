import { strict as assert } from 'node:assert';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'pin-expiration';
const NSC = 'res/xml/network_security_config.xml';
const PIN_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
// scanWithPinHealth compares with 2026-01-15T12:00Z.

const nsc = (pinSetTag: string): string =>
  [
    '<network-security-config>',
    '  <domain-config>',
    '    <domain>api.example.com</domain>',
    `    ${pinSetTag}`,
    `      <pin digest="SHA-256">${PIN_A}</pin>`,
    `      <pin digest="SHA-256">${PIN_B}</pin>`,
    '    </pin-set>',
    '  </domain-config>',
    '</network-security-config>',
  ].join('\n');

describe(RULE, () => {
  it('reports a past expiration on the date, as a warning', () => {
    const [f] = scanWithPinHealth(NSC, nsc('<pin-set expiration="2025-12-31">')).filter((x) => x.ruleId === RULE);
    assert.equal(`${f.line}:${f.column}-${f.endColumn}`, '4:26-36');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /expired on 2025-12-31/);
  });

  it('reports a date within the warning window, and follows expiryWarningDays', () => {
    const [f] = scanWithPinHealth(NSC, nsc('<pin-set expiration="2026-02-01">')).filter((x) => x.ruleId === RULE);
    assert.match(f.message, /expire on 2026-02-01 \(in 16 days\)/);
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc('<pin-set expiration="2026-02-01">'), { expiryWarningDays: 10 }), RULE), []);
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc('<pin-set expiration="2027-01-01">')), RULE), []);
  });

  it('reports a missing expiration as info on the pin-set, and an invalid date as an error', () => {
    const [missing] = scanWithPinHealth(NSC, nsc('<pin-set>')).filter((x) => x.ruleId === RULE);
    assert.equal(`${missing.line}:${missing.column}`, '4:5');
    assert.equal(missing.severity, 'info');
    assert.match(missing.message, /no expiration date/);
    const [invalid] = scanWithPinHealth(NSC, nsc('<pin-set expiration="2026/06/01">')).filter((x) => x.ruleId === RULE);
    assert.equal(invalid.severity, 'error');
    assert.match(invalid.message, /not a yyyy-MM-dd date/);
    assert.equal(scanWithPinHealth(NSC, nsc('<pin-set expiration="2026-02-30">')).find((x) => x.ruleId === RULE)?.severity, 'error');
  });

  it('says nothing about expiry for OkHttp pins (the format has no date)', () => {
    const text = `val p = CertificatePinner.Builder().add("a.example.com", "sha256/${PIN_A}", "sha256/${PIN_B}").build()`;
    assert.deepEqual(scanWithPinHealth('A.kt', text).map((f) => f.ruleId), ['okhttp-certificate-pinner']);
  });

  it('reads TrustKit kTSKExpirationDate in Swift, Objective-C and plists', () => {
    const swift = [
      'let config: [String: Any] = [',
      '    kTSKPinnedDomains: [',
      '        "api.example.com": [',
      '            kTSKPublicKeyHashes: ["' + PIN_A + '", "' + PIN_B + '"],',
      '            kTSKExpirationDate: "2025-06-30",',
      '        ],',
      '    ],',
      ']',
      '// kTSKExpirationDate: "2000-01-01" in a comment',
    ].join('\n');
    const [s] = scanWithPinHealth('AppDelegate.swift', swift).filter((x) => x.ruleId === RULE);
    assert.equal(`${s.line}:${s.column}`, '5:34');
    assert.equal(s.host, 'api.example.com');
    assert.equal(scanWithPinHealth('AppDelegate.swift', swift).filter((x) => x.ruleId === RULE).length, 1);

    const objc = `NSDictionary *c = @{ kTSKPinnedDomains: @{ @"api.example.com": @{ kTSKExpirationDate : @"2026-01-20" } } };`;
    const [o] = scanWithPinHealth('AppDelegate.m', objc).filter((x) => x.ruleId === RULE);
    assert.match(o.message, /in 4 days/);
    assert.equal(o.host, 'api.example.com');

    const plist = [
      '<plist version="1.0"><dict>',
      '<key>TSKConfiguration</key><dict><key>TSKPinnedDomains</key><dict>',
      '<key>api.example.com</key><dict>',
      '<key>TSKExpirationDate</key><string>2024-01-01</string>',
      '</dict></dict></dict></dict></plist>',
    ].join('\n');
    const [p] = scanWithPinHealth('Info.plist', plist).filter((x) => x.ruleId === RULE);
    assert.equal(`${p.line}:${p.column}`, '4:37');
    assert.equal(p.host, 'api.example.com');
  });
});

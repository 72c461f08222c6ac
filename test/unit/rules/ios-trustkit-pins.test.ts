import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-trustkit-pins';
const PIN_A = 'EWEVmM3e3oARPc43BbA4GYFlSZFK+M4os6ET0Bj/TUo=';
const PIN_B = '0NNWl3z4NiauJTzou3TjSypJwk1CvsmeuvWQzib36F0=';

describe(RULE, () => {
  it('reports a Swift configuration per domain, resolving host and pin constants', () => {
    const findings = scan(
      'AppDelegate.swift',
      [
        'let apiHost = "api.example.com"',
        `let backupPin = "${PIN_B}"`,
        'let config: [String: Any] = [',
        '    kTSKPinnedDomains: [',
        '        apiHost: [',
        '            kTSKEnforcePinning: true,',
        `            kTSKPublicKeyHashes: ["${PIN_A}", backupPin],`,
        '        ],',
        '        "cdn.example.com": [',
        `            kTSKPublicKeyHashes: ["${PIN_B}"],`,
        '        ],',
        '    ],',
        ']',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@7:13`, `${RULE}@10:13`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [`sha256/${PIN_A}`, `sha256/${PIN_B}`]);
    assert.equal(findings[0].category, 'pin');
    assert.equal(findings[1].host, 'cdn.example.com');
  });

  it('reports Objective-C literals and finds the host of a policy held in a variable', () => {
    const objc = scan(
      'AppDelegate.m',
      [
        'NSDictionary *config = @{',
        '  kTSKPinnedDomains : @{',
        '    @"api.example.com" : @{',
        `      kTSKPublicKeyHashes : @[@"${PIN_A}", @"${PIN_B}"],`,
        '    },',
        '  },',
        '};',
      ].join('\n'),
    );
    assert.deepEqual(positions(objc), [`${RULE}@4:7`]);
    assert.equal(objc[0].host, 'api.example.com');
    const swift = scan(
      'Pinning.swift',
      [
        `let policy: [String: Any] = [kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]]`,
        'let config = [kTSKPinnedDomains: ["hotels.example.com": policy]]',
      ].join('\n'),
    );
    assert.deepEqual(positions(swift), [`${RULE}@1:30`]);
    assert.equal(swift[0].host, 'hotels.example.com');
  });

  it('reports TSKConfiguration pins in an Info.plist at the domain key', () => {
    const findings = scan(
      'Info.plist',
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0"><dict>',
        '<key>TSKConfiguration</key>',
        '<dict><key>TSKPinnedDomains</key><dict>',
        '  <key>api.example.com</key>',
        `  <dict><key>TSKPublicKeyHashes</key><array><string>${PIN_A}</string><string>${PIN_B}</string></array></dict>`,
        '</dict></dict>',
        '</dict></plist>',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@5:3`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [`sha256/${PIN_A}`, `sha256/${PIN_B}`]);
  });

  it('ignores hashes fetched at runtime, empty lists, non-TrustKit keys and comments', () => {
    const findings = scan(
      'Remote.swift',
      [
        'let remote = [kTSKPinnedDomains: [set.host: [kTSKPublicKeyHashes: set.hashes]]]',
        'let empty = [kTSKPinnedDomains: ["a.example.com": [kTSKPublicKeyHashes: []]]]',
        `let other = ["publicKeyHashes": ["${PIN_A}"]]`,
        `// kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]`,
        `let text = "kTSKPublicKeyHashes: [\\"${PIN_A}\\"]"`,
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

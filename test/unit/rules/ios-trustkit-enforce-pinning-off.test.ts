import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-trustkit-enforce-pinning-off';

describe(RULE, () => {
  it('reports false in Swift and NO in Objective-C, with the domain as host', () => {
    const swift = scan(
      'Config.swift',
      ['let c = [kTSKPinnedDomains: [', '  "api.example.com": [', '    kTSKEnforcePinning: false,', '    kTSKPublicKeyHashes: pins,', '  ],', ']]'].join('\n'),
    );
    assert.deepEqual(positions(swift), [`${RULE}@3:5`]);
    assert.equal(swift[0].host, 'api.example.com');
    assert.equal(swift[0].severity, 'info');
    assert.equal(swift[0].endColumn, 5 + 'kTSKEnforcePinning: false'.length);
    const objc = scan(
      'Config.m',
      [
        'NSDictionary *c = @{kTSKPinnedDomains: @{',
        '  @"cdn.example.com": @{ kTSKEnforcePinning : @NO },',
        '  @"img.example.com": @{ kTSKEnforcePinning : [NSNumber numberWithBool:NO] },',
        '}};',
      ].join('\n'),
    );
    assert.deepEqual(positions(objc), [`${RULE}@2:26`, `${RULE}@3:26`]);
    assert.equal(objc[1].host, 'img.example.com');
  });

  it('reports <false/> in an Info.plist TSKConfiguration', () => {
    const findings = scan(
      'Info.plist',
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0"><dict><key>TSKConfiguration</key><dict><key>TSKPinnedDomains</key><dict>',
        '<key>api.example.com</key><dict>',
        '  <key>TSKEnforcePinning</key><false/>',
        '</dict></dict></dict></dict></plist>',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@4:3`]);
  });

  it('ignores enforced pinning, runtime values and lookalike names', () => {
    const findings = scan(
      'Config.swift',
      [
        'let a = ["x.example.com": [kTSKEnforcePinning: true]]',
        'let b = ["x.example.com": [kTSKEnforcePinning: remoteConfig.enforce]]',
        'let c = ["x.example.com": [kTSKEnforcePinning: falseIfDebug]]',
        'let d = ["enforcePinning": false]',
        '// kTSKEnforcePinning: false',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

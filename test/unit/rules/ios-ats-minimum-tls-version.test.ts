import { strict as assert } from 'node:assert';
import { isBelowTls12 } from '../../../server/src/engine/rules/ios-ats-minimum-tls-version';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-ats-minimum-tls-version';

function plist(domains: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0"><dict>',
    '<key>NSAppTransportSecurity</key>',
    '<dict><key>NSExceptionDomains</key>',
    '<dict>',
    domains,
    '</dict></dict>',
    '</dict></plist>',
  ].join('\n');
}

describe(RULE, () => {
  it('reports TLSv1.0 and TLSv1.1 minimums with the domain in the message', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '<key>old.example.com</key>',
          '<dict>',
          '  <key>NSExceptionMinimumTLSVersion</key>',
          '  <string>TLSv1.0</string>',
          '</dict>',
          '<key>cdn.partner.example</key>',
          '<dict><key>NSTemporaryExceptionMinimumTLSVersion</key><string>TLSv1.1</string></dict>',
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), [`${RULE}@8:3`, `${RULE}@12:7`]);
    assert.match(findings[0].message, /`old\.example\.com` use TLSv1\.0/);
    assert.equal(findings[0].endLine, 9);
  });

  it('ignores TLS 1.2 and 1.3, local hosts and non-string values', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '<key>a.example.com</key><dict><key>NSExceptionMinimumTLSVersion</key><string>TLSv1.2</string></dict>',
          '<key>b.example.com</key><dict><key>NSExceptionMinimumTLSVersion</key><string>TLSv1.3</string></dict>',
          '<key>localhost</key><dict><key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string></dict>',
          '<key>c.example.com</key><dict><key>NSExceptionMinimumTLSVersion</key><integer>1</integer></dict>',
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), []);
  });

  it('classifies version strings', () => {
    assert.equal(isBelowTls12('TLSv1.0'), true);
    assert.equal(isBelowTls12(' TLSv1.1 '), true);
    assert.equal(isBelowTls12('TLSv1'), true);
    assert.equal(isBelowTls12('TLSv1.2'), false);
    assert.equal(isBelowTls12('TLSv1.3'), false);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-ats-pinned-domains';
const PIN_A = 'EWEVmM3e3oARPc43BbA4GYFlSZFK+M4os6ET0Bj/TUo=';
const PIN_B = '0NNWl3z4NiauJTzou3TjSypJwk1CvsmeuvWQzib36F0=';

function identity(pin: string): string {
  return `<dict><key>SPKI-SHA256-BASE64</key><string>${pin}</string></dict>`;
}

function plist(domains: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSAppTransportSecurity</key>',
    '\t<dict>',
    '\t\t<key>NSPinnedDomains</key>',
    '\t\t<dict>',
    domains,
    '\t\t</dict>',
    '\t</dict>',
    '</dict>',
    '</plist>',
  ].join('\n');
}

describe(RULE, () => {
  it('reports one finding per pinned domain, with canonical pins from leaf and CA identities', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '\t\t\t<key>api.example.com</key>',
          '\t\t\t<dict>',
          `\t\t\t\t<key>NSPinnedLeafIdentities</key><array>${identity(PIN_A)}</array>`,
          `\t\t\t\t<key>NSPinnedCAIdentities</key><array>${identity(PIN_B)}</array>`,
          '\t\t\t</dict>',
          '\t\t\t<key>cdn.example.com</key>',
          `\t\t\t<dict><key>NSPinnedCAIdentities</key><array>${identity(PIN_B)}</array></dict>`,
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), [`${RULE}@8:4`, `${RULE}@13:4`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [`sha256/${PIN_A}`, `sha256/${PIN_B}`]);
    assert.equal(findings[0].category, 'pin');
    assert.equal(findings[0].endColumn, 4 + '<key>api.example.com</key>'.length);
    assert.match(findings[0].message, /leaf and CA identities/);
    assert.equal(findings[1].host, 'cdn.example.com');
    assert.deepEqual(findings[1].pins, [`sha256/${PIN_B}`]);
  });

  it('ignores domains without identity arrays and pins in comments', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '\t\t\t<key>static.example.com</key><dict><key>NSIncludesSubdomains</key><true/></dict>',
          `\t\t\t<!-- <key>old.example.com</key><dict><key>NSPinnedLeafIdentities</key><array>${identity(PIN_A)}</array></dict> -->`,
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), []);
  });
});

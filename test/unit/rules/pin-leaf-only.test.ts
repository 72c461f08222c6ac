import { strict as assert } from 'node:assert';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'pin-leaf-only';
const PIN_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';

const identities = (key: string, pin: string): string[] => [
  `        <key>${key}</key>`,
  '        <array>',
  '          <dict>',
  '            <key>SPKI-SHA256-BASE64</key>',
  `            <string>${pin}</string>`,
  '          </dict>',
  '        </array>',
];

const plist = (domain: string[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '  <key>NSAppTransportSecurity</key>',
    '  <dict>',
    '    <key>NSPinnedDomains</key>',
    '    <dict>',
    '      <key>api.example.com</key>',
    '      <dict>',
    ...domain,
    '      </dict>',
    '    </dict>',
    '  </dict>',
    '</dict>',
    '</plist>',
  ].join('\n');

describe(RULE, () => {
  it('reports NSPinnedLeafIdentities without NSPinnedCAIdentities on the key', () => {
    const findings = scanWithPinHealth('Info.plist', plist(identities('NSPinnedLeafIdentities', PIN_A)));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@10:14`]);
    const [f] = findings.filter((x) => x.ruleId === RULE);
    assert.equal(f.host, 'api.example.com');
    assert.deepEqual(f.pins, [`sha256/${PIN_A}`]);
    assert.equal(f.endColumn, 14 + 'NSPinnedLeafIdentities'.length);
  });

  it('accepts CA pins, with or without leaf pins, and keys outside NSPinnedDomains', () => {
    assert.deepEqual(positions(scanWithPinHealth('Info.plist', plist([...identities('NSPinnedLeafIdentities', PIN_A), ...identities('NSPinnedCAIdentities', PIN_B)])), RULE), []);
    assert.deepEqual(positions(scanWithPinHealth('Info.plist', plist(identities('NSPinnedCAIdentities', PIN_B))), RULE), []);
    const elsewhere = '<plist version="1.0"><dict><key>Notes</key><string>NSPinnedLeafIdentities</string></dict></plist>';
    assert.deepEqual(scanWithPinHealth('Info.plist', elsewhere), []);
  });
});

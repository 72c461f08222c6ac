import { strict as assert } from 'node:assert';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'pin-digest';
const NSC = 'res/xml/network_security_config.xml';
const PIN_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';

const nsc = (...pins: string[]): string =>
  ['<network-security-config>', '  <domain-config>', '    <domain>api.example.com</domain>', '    <pin-set expiration="2030-01-01">', ...pins.map((p) => `      ${p}`), '    </pin-set>', '  </domain-config>', '</network-security-config>'].join('\n');

describe(RULE, () => {
  it('reports a digest other than SHA-256 on the attribute value', () => {
    const findings = scanWithPinHealth(NSC, nsc(`<pin digest="SHA-512">${PIN_A}</pin>`, `<pin digest="SHA-256">${PIN_B}</pin>`)).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@5:20`]);
    assert.equal(findings[0].endColumn, 27);
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /Unsupported pin digest `SHA-512`/);
  });

  it('reports a <pin> without a digest attribute on its start tag', () => {
    const findings = scanWithPinHealth(NSC, nsc(`<pin>${PIN_A}</pin>`, `<pin digest="SHA-256">${PIN_B}</pin>`)).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@5:7`]);
    assert.match(findings[0].message, /no `digest` attribute/);
  });

  it('accepts SHA-256 in any case, and ignores files that are not network security configs', () => {
    assert.deepEqual(positions(scanWithPinHealth(NSC, nsc(`<pin digest="sha-256">${PIN_A}</pin>`, `<pin digest="SHA-256">${PIN_B}</pin>`)), RULE), []);
    assert.deepEqual(scanWithPinHealth('res/values/pins.xml', `<resources><pin-set><pin digest="SHA-1">${PIN_A}</pin></pin-set></resources>`), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const NSC = 'res/xml/network_security_config.xml';
const PIN_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';

const config = (body: string): string => `<?xml version="1.0" encoding="utf-8"?>\n<network-security-config>\n${body}\n</network-security-config>\n`;

describe('network security config rules', () => {
  describe('nsc-pin-set', () => {
    it('reports each pin-set with its domains and canonical pins', () => {
      const findings = scan(
        NSC,
        config(
          [
            '  <domain-config>',
            '    <domain includeSubdomains="true">api.example.com</domain>',
            '    <domain>cdn.example.com</domain>',
            '    <pin-set expiration="2030-01-01">',
            `      <pin digest="SHA-256">${PIN_A}</pin>`,
            `      <pin digest="SHA-256">\n        ${PIN_B}\n      </pin>`,
            '    </pin-set>',
            '  </domain-config>',
          ].join('\n'),
        ),
      );
      assert.deepEqual(positions(findings), ['nsc-pin-set@6:5']);
      assert.equal(findings[0].host, 'api.example.com, cdn.example.com');
      assert.deepEqual(findings[0].pins, [`sha256/${PIN_A}`, `sha256/${PIN_B}`]);
      assert.match(findings[0].message, /expiring 2030-01-01/);
      assert.equal(findings[0].endColumn, 5 + '<pin-set expiration="2030-01-01">'.length);
    });

    it('ignores pin-like text outside a network security config and in comments', () => {
      assert.deepEqual(scan('res/values/strings.xml', `<resources><pin-set><pin digest="SHA-256">${PIN_A}</pin></pin-set></resources>`), []);
      assert.deepEqual(scan(NSC, config(`  <!-- <domain-config><pin-set><pin>${PIN_A}</pin></pin-set></domain-config> -->`)), []);
    });
  });

  describe('nsc-cleartext-traffic', () => {
    it('reports base-config and real domains with a fix, not emulator loopback', () => {
      const text = config(
        [
          '  <base-config cleartextTrafficPermitted="true"/>',
          '  <domain-config cleartextTrafficPermitted="true"><domain>legacy.example.com</domain></domain-config>',
          '  <domain-config cleartextTrafficPermitted="true"><domain>10.0.2.2</domain><domain>localhost</domain></domain-config>',
          '  <domain-config cleartextTrafficPermitted="false"><domain>secure.example.com</domain></domain-config>',
        ].join('\n'),
      );
      const findings = scan(NSC, text);
      assert.deepEqual(positions(findings), ['nsc-cleartext-traffic@3:16', 'nsc-cleartext-traffic@4:18']);
      assert.match(findings[1].message, /legacy\.example\.com/);
      const [edit] = findings[0].fixes![0].edits;
      assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), text.replace('cleartextTrafficPermitted="true"/>', 'cleartextTrafficPermitted="false"/>'));
      assert.equal(findings[0].fixable, true);
    });
  });

  describe('nsc-user-certificates', () => {
    it('reports user trust anchors outside debug-overrides only', () => {
      const findings = scan(
        NSC,
        config(
          [
            '  <base-config><trust-anchors><certificates src="system"/><certificates src="user"/></trust-anchors></base-config>',
            '  <debug-overrides><trust-anchors><certificates src="user"/></trust-anchors></debug-overrides>',
          ].join('\n'),
        ),
      );
      assert.deepEqual(positions(findings), ['nsc-user-certificates@3:73']);
      assert.match(findings[0].message, /every host/);
    });
  });

  it('reports nothing but a parse error for malformed XML', () => {
    const { Scanner } = require('../../../server/src/engine') as typeof import('../../../server/src/engine');
    const result = new Scanner().scan(NSC, '<network-security-config>\n<base-config cleartextTrafficPermitted="true">\n');
    assert.deepEqual(result.findings, []);
    assert.equal(result.parseError?.line, 3);
  });
});

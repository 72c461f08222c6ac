import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'nsc-override-pins';
const NSC = 'app/src/main/res/xml/network_security_config.xml';

describe(RULE, () => {
  it('flags overridePins="true" in base-config and domain-config, naming who can bypass', () => {
    const findings = scan(
      NSC,
      [
        '<network-security-config>',
        '  <base-config><trust-anchors><certificates src="system" overridePins="true"/></trust-anchors></base-config>',
        '  <domain-config>',
        '    <domain>api.example.com</domain>',
        '    <trust-anchors>',
        '      <certificates src="@raw/corp_ca" overridePins="true" />',
        '    </trust-anchors>',
        '  </domain-config>',
        '</network-security-config>',
      ].join('\n'),
    ).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@2:58`, `${RULE}@6:40`]);
    assert.equal(findings[0].endColumn, 58 + 'overridePins="true"'.length);
    assert.match(findings[0].message, /any public CA/);
    assert.match(findings[1].message, /@raw\/corp_ca/);
    assert.equal(findings[0].category, 'tls');
  });

  it('does not flag debug-overrides, overridePins="false", or other XML files', () => {
    const findings = scan(
      NSC,
      [
        '<network-security-config>',
        '  <domain-config><domain>a.example</domain><trust-anchors><certificates src="system" overridePins="false"/></trust-anchors></domain-config>',
        '  <debug-overrides><trust-anchors><certificates src="user" overridePins="true"/></trust-anchors></debug-overrides>',
        '  <!-- <certificates src="user" overridePins="true"/> -->',
        '</network-security-config>',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
    const other = scan('res/layout/main.xml', '<LinearLayout overridePins="true"><certificates overridePins="true"/></LinearLayout>');
    assert.deepEqual(positions(other, RULE), []);
  });
});

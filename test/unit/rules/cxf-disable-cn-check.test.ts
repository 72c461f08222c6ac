import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'cxf-disable-cn-check';

describe(RULE, () => {
  it('flags setDisableCNCheck(true) in Java and isDisableCNCheck = true in Kotlin', () => {
    const java = scan(
      'Soap.java',
      [
        'TLSClientParameters tls = new TLSClientParameters();',
        'tls.setSSLSocketFactory(factory);',
        'tls.setDisableCNCheck(true);',
        'other.setDisableCNCheck(false);',
        'other.setDisableCNCheck(config.isLab());',
      ].join('\n'),
    );
    assert.deepEqual(positions(java, RULE), [`${RULE}@3:5`]);
    assert.deepEqual([java[0].endLine, java[0].endColumn], [3, 28]);
    assert.equal(java[0].severity, 'error');
    assert.match(java[0].message, /disableCNCheck/);

    const kotlin = scan(
      'Soap.kt',
      [
        'conduit.tlsClientParameters = TLSClientParameters().apply {',
        '    isDisableCNCheck = true',
        '}',
        'conduit.tlsClientParameters.isDisableCNCheck = false',
        'if (conduit.tlsClientParameters.isDisableCNCheck == true) warn()',
      ].join('\n'),
    );
    assert.deepEqual(positions(kotlin, RULE), [`${RULE}@2:5`]);
    assert.equal(kotlin[0].endColumn, 28);
  });

  it('flags disableCNCheck="true" in a CXF XML configuration, not "false"', () => {
    const findings = scan(
      'cxf.xml',
      [
        '<beans xmlns:http-conf="http://cxf.apache.org/transports/http/configuration">',
        '  <http-conf:conduit name="*.http-conduit">',
        '    <http-conf:tlsClientParameters disableCNCheck="true"/>',
        '  </http-conf:conduit>',
        '  <http-conf:conduit name="https://public/.*">',
        '    <http-conf:tlsClientParameters disableCNCheck="false"/>',
        '  </http-conf:conduit>',
        '</beans>',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:36`]);
    assert.equal(findings[0].endColumn, 57);
  });

  it('ignores comments and strings', () => {
    const findings = scan('Doc.java', ['// tls.setDisableCNCheck(true);', 'String s = "setDisableCNCheck(true)";'].join('\n'));
    assert.deepEqual(positions(findings, RULE), []);
  });
});

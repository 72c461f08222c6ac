import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ssl-certificate-socket-factory-insecure';

describe(RULE, () => {
  it('flags getInsecure() calls in Java and Kotlin, including split lines', () => {
    const java = scan('S.java', 'SocketFactory f = SSLCertificateSocketFactory.getInsecure(0, null);');
    assert.deepEqual(positions(java, RULE), [`${RULE}@1:19`]);
    assert.equal(java[0].endColumn, 19 + 'SSLCertificateSocketFactory.getInsecure(0, null)'.length);
    const kotlin = scan('S.kt', ['val f = SSLCertificateSocketFactory', '    .getInsecure(TIMEOUT, cache)'].join('\n'));
    assert.deepEqual(positions(kotlin, RULE), [`${RULE}@1:9`]);
    assert.equal(kotlin[0].endLine, 2);
  });

  it('does not flag getDefault(), comments or strings', () => {
    const findings = scan(
      'S.java',
      [
        'SocketFactory f = SSLCertificateSocketFactory.getDefault(0, cache);',
        '// SSLCertificateSocketFactory.getInsecure(0, null)',
        'String s = "SSLCertificateSocketFactory.getInsecure(0, null)";',
        'Object o = other.getInsecure();',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

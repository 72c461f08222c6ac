import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'allow-all-hostname-verifier';

describe(RULE, () => {
  it('flags uses of ALLOW_ALL_HOSTNAME_VERIFIER, AllowAllHostnameVerifier and NoopHostnameVerifier', () => {
    const findings = scan(
      'Apache.java',
      [
        'import org.apache.http.conn.ssl.NoopHostnameVerifier;',
        'import org.apache.http.conn.ssl.AllowAllHostnameVerifier;',
        'class A {',
        '  void a(SSLSocketFactory f) { f.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); }',
        '  Object b = new AllowAllHostnameVerifier();',
        '  Object c = new SSLConnectionSocketFactory(ctx, NoopHostnameVerifier.INSTANCE);',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:71`, `${RULE}@5:18`, `${RULE}@6:50`]);
    assert.equal(findings[0].endColumn, 71 + 'ALLOW_ALL_HOSTNAME_VERIFIER'.length);
    assert.match(findings[2].message, /NoopHostnameVerifier/);
  });

  it('flags the verifier constant through SSLConnectionSocketFactory and setHostnameVerifier', () => {
    const findings = scan(
      'Http.java',
      [
        'SSLConnectionSocketFactory f = new SSLConnectionSocketFactory(ctx, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);',
        'socketFactory.setHostnameVerifier(MySSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:95`, `${RULE}@2:54`]);
  });

  it('ignores imports, comments, strings, class declarations and the strict verifier', () => {
    const findings = scan(
      'Safe.kt',
      [
        'import org.apache.http.conn.ssl.NoopHostnameVerifier',
        '// never use NoopHostnameVerifier.INSTANCE',
        'val doc = "ALLOW_ALL_HOSTNAME_VERIFIER is unsafe"',
        'class NoopHostnameVerifierTest',
        'val strict = SSLSocketFactory.STRICT_HOSTNAME_VERIFIER',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

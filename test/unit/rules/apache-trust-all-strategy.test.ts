import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'apache-trust-all-strategy';

describe(RULE, () => {
  it('flags Java lambdas in a TrustStrategy variable, a cast, or given to loadTrustMaterial', () => {
    const findings = scan(
      'Clients.java',
      [
        'class Clients {',
        '  SSLContext a() throws Exception {',
        '    TrustStrategy acceptAll = (X509Certificate[] chain, String authType) -> true;',
        '    return SSLContexts.custom().loadTrustMaterial(null, acceptAll).build();',
        '  }',
        '  SSLContext b() throws Exception {',
        '    return new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> true).build();',
        '  }',
        '  SSLContext c() throws Exception {',
        '    return SSLContexts.custom().loadTrustMaterial((TrustStrategy) (c, t) -> { return true; }).build();',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:31`, `${RULE}@7:60`, `${RULE}@10:67`]);
    assert.deepEqual([findings[0].endLine, findings[0].endColumn], [3, 81]);
    assert.equal(findings[0].category, 'tls');
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /trusts every certificate chain/);
  });

  it('flags an anonymous TrustStrategy and a Kotlin object whose isTrusted only returns true', () => {
    const java = scan(
      'Anon.java',
      [
        'TrustStrategy strategy = new TrustStrategy() {',
        '    @Override',
        '    public boolean isTrusted(X509Certificate[] certs, String authType) throws CertificateException {',
        '        return true;',
        '    }',
        '};',
      ].join('\n'),
    );
    assert.deepEqual(positions(java, RULE), [`${RULE}@3:20`]);
    assert.equal(java[0].endColumn, 29);
    const kotlin = scan(
      'Anon.kt',
      [
        'val ctx = SSLContexts.custom().loadTrustMaterial(null, object : TrustStrategy {',
        '    override fun isTrusted(chain: Array<X509Certificate>, authType: String): Boolean {',
        '        Log.d("tls", "trusting $authType")',
        '        return true',
        '    }',
        '}).build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(kotlin, RULE), [`${RULE}@2:18`]);
  });

  it('flags Kotlin SAM lambdas and trailing lambdas of loadTrustMaterial', () => {
    const findings = scan(
      'Http.kt',
      [
        'private val acceptAll = TrustStrategy { _, _ -> true }',
        'fun client() = SSLContexts.custom()',
        '    .loadTrustMaterial(null) { _, _ -> true }',
        '    .build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:25`, `${RULE}@3:30`]);
    assert.deepEqual([findings[0].endLine, findings[0].endColumn], [1, 55]);
  });

  it("flags the library's TrustSelfSignedStrategy and TrustAllStrategy, not their imports", () => {
    const findings = scan(
      'Lib.kt',
      [
        'import org.apache.http.conn.ssl.TrustSelfSignedStrategy',
        'import org.apache.http.conn.ssl.TrustAllStrategy',
        'val a = SSLContexts.custom().loadTrustMaterial(null, TrustSelfSignedStrategy()).build()',
        'val b = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:54`, `${RULE}@4:48`]);
    assert.match(findings[0].message, /self-signed/);
    assert.match(findings[1].message, /TrustAllStrategy/);
  });

  it('leaves strategies that check the chain or return false, comments, strings and the default context alone', () => {
    const findings = scan(
      'Safe.java',
      [
        '// TrustStrategy s = (chain, authType) -> true;',
        'String doc = "never use new TrustSelfSignedStrategy()";',
        'TrustStrategy pinned = (chain, authType) -> Arrays.equals(digest(chain[0]), EXPECTED);',
        'TrustStrategy none = (chain, authType) -> false;',
        'class StoreOnly implements TrustStrategy {',
        '  public boolean isTrusted(X509Certificate[] chain, String authType) { return false; }',
        '}',
        'class Feature { boolean isTrusted(String user, int level) { return true; } }',
        'SSLContext ctx = SSLContexts.custom().loadTrustMaterial(trustStore, null).build();',
        'SSLContext def = SSLContexts.createDefault();',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'trust-all-x509-trust-manager';

describe(`${RULE} (foundation cases)`, () => {
  it('reports an empty Java checkServerTrusted with a throws clause and a comment-only body', () => {
    const findings = scan(
      'Tm.java',
      [
        'TrustManager tm = new X509TrustManager() {',
        '  public void checkClientTrusted(X509Certificate[] c, String a) {}',
        '  @Override public void checkServerTrusted(X509Certificate[] chain, String authType)',
        '      throws CertificateException, IllegalStateException {',
        '    // trust everything',
        '  }',
        '  public X509Certificate[] getAcceptedIssuers() { return null; }',
        '};',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@3:25`]);
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].category, 'tls');
  });

  it('reports Kotlin object expressions with empty bodies and = Unit', () => {
    const findings = scan(
      'Tm.kt',
      [
        'val a = object : X509TrustManager {',
        '    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}',
        '}',
        'class B : X509TrustManager {',
        '    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String): Unit = Unit',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:18`, `${RULE}@5:18`]);
  });

  it('does not report delegating or throwing implementations, calls, or abstract declarations', () => {
    const findings = scan(
      'Safe.kt',
      [
        'class Pinning(private val platform: X509TrustManager) : X509TrustManager {',
        '    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {',
        '        platform.checkServerTrusted(chain, authType)',
        '    }',
        '}',
        'interface Checker { fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) }',
        'fun use(tm: X509TrustManager) { tm.checkServerTrusted(arrayOf(), "RSA") }',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

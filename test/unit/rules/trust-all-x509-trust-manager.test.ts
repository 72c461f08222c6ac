import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'trust-all-x509-trust-manager';
const found = (file: string, lines: string[]): string[] => positions(scan(file, lines.join('\n')), RULE);

describe(RULE, () => {
  it('flags an empty Java checkServerTrusted with a throws clause, in an anonymous class', () => {
    const findings = scan(
      'Unsafe.java',
      [
        'TrustManager[] all = new TrustManager[] { new X509TrustManager() {',
        '  public void checkClientTrusted(X509Certificate[] c, String a) {}',
        '  public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException {',
        '  }',
        '  public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }',
        '} };',
      ].join('\n'),
    ).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@3:15`]);
    assert.equal(findings[0].endColumn, 15 + 'checkServerTrusted'.length);
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /never throws/);
    assert.match(findings[0].message, /getAcceptedIssuers` also returns no issuers/);
  });

  it('flags Kotlin expression bodies and object expressions', () => {
    assert.deepEqual(
      found('Tm.kt', [
        'val tm = object : X509TrustManager {',
        '    override fun checkClientTrusted(c: Array<X509Certificate>, a: String) = Unit',
        '    override fun checkServerTrusted(c: Array<X509Certificate>, a: String) = Unit',
        '    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()',
        '}',
        'class B : X509TrustManager {',
        '    override fun checkServerTrusted(c: Array<out X509Certificate>?, a: String?) {}',
        '}',
      ]),
      [`${RULE}@3:18`, `${RULE}@7:18`],
    );
  });

  it('flags bodies that only log, return or read the certificate', () => {
    assert.deepEqual(
      found('Logging.kt', [
        'class L : X509TrustManager {',
        '  override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {',
        '    if (chain.isEmpty()) return',
        '    Timber.tag(TAG).d("subject %s", chain[0].subjectDN.name)',
        '    Log.w(TAG, "accepting ${chain[0].issuerDN}")',
        '  }',
        '}',
      ]),
      [`${RULE}@2:16`],
    );
  });

  it('flags a delegation whose CertificateException is swallowed by try/catch or runCatching', () => {
    const java = scan(
      'Swallow.java',
      [
        'class S implements X509TrustManager {',
        '  public void checkServerTrusted(X509Certificate[] c, String a) {',
        '    try { platform.checkServerTrusted(c, a); } catch (CertificateException e) { Log.w(TAG, e); }',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(java, RULE), [`${RULE}@2:15`]);
    assert.match(java[0].message, /catches and ignores/);
    assert.deepEqual(
      found('Swallow.kt', [
        'override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    runCatching { platform.checkServerTrusted(c, a) }',
        '}',
      ]),
      [`${RULE}@1:14`],
    );
  });

  it('does not flag trust managers that delegate, throw, rethrow or call a check that may throw', () => {
    assert.deepEqual(
      found('Safe.kt', [
        'class A(private val p: X509TrustManager) : X509TrustManager by p {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) = p.checkServerTrusted(c, a)',
        '}',
        'class B : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    if (c.isEmpty()) throw CertificateException("empty")',
        '  }',
        '}',
        'class C : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    c[0].checkValidity()',
        '  }',
        '}',
        'class D(private val p: X509TrustManager) : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) =',
        '    try {',
        '      p.checkServerTrusted(c, a)',
        '    } catch (e: CertificateException) {',
        '      report(e)',
        '      throw e',
        '    }',
        '}',
        'class E(private val p: X509TrustManager) : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    runCatching { p.checkServerTrusted(c, a) }.onFailure { Log.e(TAG, "x", it) }.getOrThrow()',
        '  }',
        '}',
        'class F(private val p: X509TrustManager, private val q: X509TrustManager) : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    try { p.checkServerTrusted(c, a) } catch (e: CertificateException) { q.checkServerTrusted(c, a) }',
        '  }',
        '}',
      ]),
      [],
    );
  });

  it('ignores calls and code in comments and strings', () => {
    assert.deepEqual(
      found('Calls.java', [
        '// public void checkServerTrusted(X509Certificate[] c, String a) {}',
        'String s = "void checkServerTrusted(X509Certificate[] c, String a) {}";',
        'tm.checkServerTrusted(chain, "RSA");',
      ]),
      [],
    );
  });

  it('counts only throws that leave the method, and only X509TrustManager signatures', () => {
    assert.deepEqual(
      found('Caught.kt', [
        'class A : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    try {',
        '      if (c.isEmpty()) throw CertificateException("empty")',
        '    } catch (e: CertificateException) {',
        '      e.printStackTrace()',
        '    }',
        '  }',
        '  fun checkServerTrusted(host: String) {}',
        '}',
        'class B : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    try { c.first() } catch (e: NoSuchElementException) { throw CertificateException("empty", e) }',
        '  }',
        '}',
        'class C : X509TrustManager {',
        '  override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {',
        '    try { if (c.isEmpty()) throw CertificateException("empty") } catch (e: IOException) { }',
        '  }',
        '}',
      ]),
      [`${RULE}@2:16`],
    );
  });
});

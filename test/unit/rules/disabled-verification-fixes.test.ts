/**
 * Quick fixes of the rules for disabled verification on the JVM and in Android XML: what is not safe
 * to rewrite gets no fix (the golden cases under test/golden/cases show what is rewritten).
 */
import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { bulkFixOf, fixAll } from '../../../server/src/engine/fixes/fix-all';
import { scan } from '../../helpers/scan';

const lines = (...l: string[]): string => l.join('\n');

function findingsOf(file: string, text: string, rule: string): Finding[] {
  return scan(file, text).filter((f) => f.ruleId === rule);
}

/** The fixes offered for the rule's findings (one list per finding). */
function fixTitles(file: string, text: string, rule: string): string[][] {
  return findingsOf(file, text, rule).map((f) => (f.fixes ?? []).map((x) => x.title));
}

function fixed(file: string, text: string, rule: string): string {
  return fixAll(text, (t) => scan(file, t), (f) => f.ruleId === rule).text;
}

const JAVA_TRUST_ALL = lines(
  '    X509TrustManager tm = new X509TrustManager() {',
  '      public void checkClientTrusted(X509Certificate[] c, String a) {}',
  '      public void checkServerTrusted(X509Certificate[] c, String a) {}',
  '      public X509Certificate[] getAcceptedIssuers() { return null; }',
  '    };',
);

describe('fixes for disabled verification (JVM, Android XML)', () => {
  describe('trust-all-x509-trust-manager', () => {
    const RULE = 'trust-all-x509-trust-manager';
    const inMethod = (...body: string[]): string => lines('class C {', '  OkHttpClient client() throws Exception {', JAVA_TRUST_ALL, ...body, '  }', '}');

    it('offers no fix when the trust manager is returned, passed to another method or kept in a context with a key manager', () => {
      assert.deepEqual(fixTitles('C.java', inMethod('    return tm;'), RULE), [[]]);
      assert.deepEqual(fixTitles('C.java', inMethod('    Pinning.install(tm);'), RULE), [[]]);
      assert.deepEqual(
        fixTitles(
          'C.java',
          inMethod(
            '    SSLContext ctx = SSLContext.getInstance("TLS");',
            '    ctx.init(keyManagers, new TrustManager[] {tm}, null);',
            '    return new OkHttpClient.Builder().sslSocketFactory(ctx.getSocketFactory(), tm).build();',
          ),
          RULE,
        ),
        [[]],
      );
    });

    it('offers no fix when the socket factory or the context escapes, or a custom factory wraps the trust manager', () => {
      const context = ['    SSLContext ctx = SSLContext.getInstance("TLS");', '    ctx.init(null, new TrustManager[] {tm}, null);'];
      assert.deepEqual(fixTitles('C.java', inMethod(...context, '    return ctx.getSocketFactory();'), RULE), [[]]);
      assert.deepEqual(fixTitles('C.java', inMethod(...context, '    cache.put("ctx", ctx);'), RULE), [[]]);
      assert.deepEqual(
        fixTitles('C.java', inMethod('    return new OkHttpClient.Builder().sslSocketFactory(new Tls12SocketFactory(), tm).build();'), RULE),
        [[]],
      );
    });

    it('offers no fix for a public class or a non-private field, which other files may use', () => {
      const publicClass = lines(
        'public class TrustAll implements X509TrustManager {',
        '  public void checkServerTrusted(X509Certificate[] c, String a) {}',
        '}',
      );
      assert.deepEqual(fixTitles('TrustAll.java', publicClass, RULE), [[]]);
      const field = lines(
        'object Tls {',
        '  val trustAll = object : X509TrustManager {',
        '    override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}',
        '  }',
        '}',
      );
      assert.deepEqual(fixTitles('Tls.kt', field, RULE), [[]]);
    });

    it('offers no fix when a Java catch of NoSuchAlgorithmException would be left with code that may not throw it', () => {
      const text = lines(
        'class C {',
        '  void install(Session session) {',
        '    try {',
        JAVA_TRUST_ALL,
        '      SSLContext sc = SSLContext.getInstance("TLS");',
        '      sc.init(null, new TrustManager[] {tm}, null);',
        '      HttpsURLConnection.setDefaultSSLSocketFactory(sc.getSocketFactory());',
        '      session.open();',
        '    } catch (NoSuchAlgorithmException | KeyManagementException e) {',
        '      throw new IllegalStateException(e);',
        '    }',
        '  }',
        '}',
      );
      assert.deepEqual(fixTitles('C.java', text, RULE), [[]]);
    });

    it('offers no fix when the installation is the body of an if without braces, or a Kotlin lambda value', () => {
      assert.deepEqual(
        fixTitles('C.java', inMethod('    OkHttpClient.Builder b = new OkHttpClient.Builder();', '    if (debug) b.sslSocketFactory(factory(), tm);', '    return b.build();'), RULE),
        [[]],
      );
      const kotlin = lines(
        'fun client(): OkHttpClient {',
        '  val tm = object : X509TrustManager {',
        '    override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}',
        '  }',
        '  val b = OkHttpClient.Builder().let { it.sslSocketFactory(factory, tm) }',
        '  return b.build()',
        '}',
      );
      assert.deepEqual(fixTitles('C.kt', kotlin, RULE), [[]]);
    });

    it('offers no fix when a Kotlin string template mentions a variable that would be deleted', () => {
      const kotlin = lines(
        'fun client(): OkHttpClient {',
        '  val tm = object : X509TrustManager {',
        '    override fun checkServerTrusted(c: Array<X509Certificate>, a: String) {}',
        '  }',
        '  Log.d("tls", "using $tm")',
        '  return OkHttpClient.Builder().sslSocketFactory(factory, tm).build()',
        '}',
      );
      assert.deepEqual(fixTitles('C.kt', kotlin, RULE), [[]]);
    });

    it('deletes the whole set-up when it is only installed, and leaves the rest of the method', () => {
      const text = inMethod(
        '    SSLContext ctx = SSLContext.getInstance("TLS");',
        '    ctx.init(null, new TrustManager[] {tm}, new SecureRandom());',
        '    SSLContext.setDefault(ctx);',
        '    return new OkHttpClient();',
      );
      assert.equal(fixed('C.java', text, RULE), lines('class C {', '  OkHttpClient client() throws Exception {', '    return new OkHttpClient();', '  }', '}'));
    });
  });

  it('fixes a try with security catches in two fix-all passes: the verifier first, then the emptied try with the trust manager', () => {
    const text = lines(
      'class C {',
      '  static void trustEverything() {',
      JAVA_TRUST_ALL,
      '    try {',
      '      SSLContext sc = SSLContext.getInstance("SSL");',
      '      sc.init(null, new TrustManager[] {tm}, new SecureRandom());',
      '      HttpsURLConnection.setDefaultSSLSocketFactory(sc.getSocketFactory());',
      '      HostnameVerifier allHostsValid = (hostname, session) -> true;',
      '      HttpsURLConnection.setDefaultHostnameVerifier(allHostsValid);',
      '    } catch (KeyManagementException e) {',
      '      e.printStackTrace();',
      '    } catch (NoSuchAlgorithmException e) {',
      '      e.printStackTrace();',
      '    }',
      '  }',
      '}',
    );
    assert.deepEqual(fixTitles('C.java', text, 'trust-all-x509-trust-manager'), [[]]);
    const result = fixAll(text, (t) => scan('C.java', t), (f) => f.category === 'tls');
    assert.equal(result.text, lines('class C {', '  static void trustEverything() {', '  }', '}'));
    assert.equal(result.applied, 2);
  });

  describe('hostname-verifier-accepts-all', () => {
    const RULE = 'hostname-verifier-accepts-all';

    it('offers no fix for a verifier kept in a public field, returned or given to an unknown method', () => {
      assert.deepEqual(fixTitles('V.java', 'class V { static final HostnameVerifier ANY = (h, s) -> true; }', RULE), [[]]);
      assert.deepEqual(fixTitles('V.kt', lines('fun v(): HostnameVerifier {', '  val any = HostnameVerifier { _, _ -> true }', '  return any', '}'), RULE), [[]]);
      assert.deepEqual(fixTitles('V.kt', lines('fun v(c: Conn) {', '  val any = HostnameVerifier { _, _ -> true }', '  c.configure(any)', '}'), RULE), [[]]);
    });

    it('keeps the rest of a builder chain statement: `b.a().hostnameVerifier(v)` never becomes `b;`', () => {
      const text = lines(
        'class C {',
        '  void f(OkHttpClient.Builder builder) {',
        '    builder.hostnameVerifier((h, s) -> true)',
        '        .readTimeout(5, TimeUnit.SECONDS);',
        '    builder.readTimeout(5, TimeUnit.SECONDS).hostnameVerifier((h, s) -> true);',
        '  }',
        '}',
      );
      assert.equal(
        fixed('C.java', text, RULE),
        lines('class C {', '  void f(OkHttpClient.Builder builder) {', '    builder.readTimeout(5, TimeUnit.SECONDS);', '    builder.readTimeout(5, TimeUnit.SECONDS);', '  }', '}'),
      );
    });
  });

  describe('allow-all-hostname-verifier', () => {
    const RULE = 'allow-all-hostname-verifier';

    it('offers no fix for type names and a statically imported constant, and keeps a declared type consistent', () => {
      assert.deepEqual(fixTitles('A.java', 'class A { void f(NoopHostnameVerifier v) {} }', RULE), [[]]);
      assert.deepEqual(fixTitles('A.java', 'class A { Object v = ALLOW_ALL_HOSTNAME_VERIFIER; }', RULE), [[]]);
      const typed = fixTitles('A.java', 'import org.apache.http.conn.ssl.NoopHostnameVerifier;\nclass A { NoopHostnameVerifier v = NoopHostnameVerifier.INSTANCE; }', RULE);
      assert.deepEqual(typed, [[], []]);
    });

    it('prefers removing the installation, and offers the replacement as a second fix', () => {
      const text = 'import org.apache.http.conn.ssl.NoopHostnameVerifier;\nclass A { void f(HttpsURLConnection c) { c.setHostnameVerifier(NoopHostnameVerifier.INSTANCE); } }';
      const [finding] = findingsOf('A.java', text, RULE);
      assert.deepEqual(finding.fixes?.map((f) => [f.title, !!f.preferred]), [
        ['Remove the allow-all verifier (use the default host name verification)', true],
        ['Use DefaultHostnameVerifier (host names are checked)', false],
      ]);
    });

    it('removes the import of the last use only once every use is fixed, over several fix-all passes', () => {
      const text = lines(
        'import org.apache.http.conn.ssl.NoopHostnameVerifier;',
        'class A {',
        '  void f(HttpsURLConnection a, HttpsURLConnection b) {',
        '    a.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);',
        '    b.setHostnameVerifier(new NoopHostnameVerifier());',
        '  }',
        '}',
      );
      assert.equal(fixed('A.java', text, RULE), lines('class A {', '  void f(HttpsURLConnection a, HttpsURLConnection b) {', '  }', '}'));
    });
  });

  describe('apache-trust-all-strategy', () => {
    it('offers no fix when the strategy goes to another constructor', () => {
      const text = 'class A { Object f() { return new SSLSocketFactory(new TrustSelfSignedStrategy(), SSLSocketFactory.STRICT_HOSTNAME_VERIFIER); } }';
      assert.deepEqual(fixTitles('A.java', text, 'apache-trust-all-strategy'), [[]]);
    });
  });

  describe('webview-ssl-error-proceed', () => {
    it('turns every proceed() into cancel() and offers the super call', () => {
      const text = lines(
        'class W : WebViewClient() {',
        '    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {',
        '        if (error?.primaryError == SslError.SSL_EXPIRED) handler?.proceed() else handler?.proceed()',
        '    }',
        '}',
      );
      const [finding] = findingsOf('W.kt', text, 'webview-ssl-error-proceed');
      assert.equal(finding.fixes?.length, 2);
      const cancel = applyEdits(text, bulkFixOf(finding)!.edits);
      assert.ok(cancel.ok && !cancel.text.includes('proceed') && cancel.text.split('handler?.cancel()').length === 3);
      const superCall = applyEdits(text, finding.fixes![1].edits);
      assert.ok(superCall.ok);
      assert.equal(superCall.text, lines('class W : WebViewClient() {', '    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {', '        super.onReceivedSslError(view, handler, error)', '    }', '}'));
    });
  });

  describe('cxf-disable-cn-check', () => {
    it('sets false where the call is not a statement of its own', () => {
      const [finding] = findingsOf('T.java', 'class T { boolean f(TLSClientParameters p) { return apply(() -> p.setDisableCNCheck(true)); } }', 'cxf-disable-cn-check');
      assert.deepEqual(finding.fixes?.map((f) => f.title), ['Set disableCNCheck to false']);
    });
  });

  describe('lint-tls-check-suppressed', () => {
    const RULE = 'lint-tls-check-suppressed';

    it('is a bulk fix only when nothing the check guards is left in the file', () => {
      const stale = '@SuppressLint("TrustAllX509TrustManager")\nfun client() = OkHttpClient()';
      const live = '@SuppressLint("TrustAllX509TrustManager")\nclass T : X509TrustManager { override fun checkServerTrusted(c: Array<X509Certificate>, a: String) { verify(c) } }';
      const [staleFinding] = findingsOf('A.kt', stale, RULE);
      const [liveFinding] = findingsOf('B.kt', live, RULE);
      assert.ok(bulkFixOf(staleFinding));
      assert.equal(bulkFixOf(liveFinding), undefined);
      assert.match(liveFinding.fixes?.[0].followUp ?? '', /Android Lint/);
      assert.equal(fixed('A.kt', stale, RULE), 'fun client() = OkHttpClient()');
    });

    it('removes one id of a //noinspection list and offers no fix for Gradle disable entries', () => {
      const text = '//noinspection TrustAllX509TrustManager, Deprecation\nval x = 1\n';
      assert.equal(fixed('A.kt', text, RULE), '//noinspection Deprecation\nval x = 1\n');
      assert.deepEqual(fixTitles('build.gradle', "android {\n  lintOptions {\n    disable 'TrustAllX509TrustManager'\n  }\n}\n", RULE), [[]]);
    });
  });

  describe('nsc-user-certificates', () => {
    it('moves the user anchors of two configs into one <debug-overrides> over two passes', () => {
      const text = lines(
        '<network-security-config>',
        '  <base-config>',
        '    <trust-anchors>',
        '      <certificates src="system" />',
        '      <certificates src="user" />',
        '    </trust-anchors>',
        '  </base-config>',
        '  <domain-config>',
        '    <domain>a.example.com</domain>',
        '    <trust-anchors><certificates src="user" /></trust-anchors>',
        '  </domain-config>',
        '</network-security-config>',
      );
      assert.equal(
        fixed('network_security_config.xml', text, 'nsc-user-certificates'),
        lines(
          '<network-security-config>',
          '  <base-config>',
          '    <trust-anchors>',
          '      <certificates src="system" />',
          '    </trust-anchors>',
          '  </base-config>',
          '  <domain-config>',
          '    <domain>a.example.com</domain>',
          '  </domain-config>',
          '  <debug-overrides>',
          '    <trust-anchors>',
          '      <certificates src="user" />',
          '    </trust-anchors>',
          '  </debug-overrides>',
          '</network-security-config>',
        ),
      );
    });
  });
});

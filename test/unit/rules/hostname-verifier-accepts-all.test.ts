import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'hostname-verifier-accepts-all';
const found = (file: string, lines: string[]): string[] => positions(scan(file, lines.join('\n')), RULE);

describe(RULE, () => {
  it('flags Java verify methods that only return true, logging aside', () => {
    const findings = scan(
      'V.java',
      [
        'class V implements HostnameVerifier {',
        '  @Override public boolean verify(String host, SSLSession session) {',
        '    Log.d(TAG, "verify " + host);',
        '    return true;',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:28`]);
    assert.equal(findings[0].category, 'tls');
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /accepts every host name/);
  });

  it('flags Kotlin functions, SAM lambdas and OkHttp trailing lambdas', () => {
    assert.deepEqual(
      found('V.kt', [
        'object Lenient : HostnameVerifier {',
        '    override fun verify(hostname: String?, session: SSLSession?): Boolean = true',
        '}',
        'val any = HostnameVerifier { _, _ -> true }',
        'val client = OkHttpClient.Builder()',
        '    .hostnameVerifier { hostname, _ ->',
        '        Log.w(TAG, "skip $hostname")',
        '        true',
        '    }',
        '    .build()',
        'fun f() = HttpsURLConnection.setDefaultHostnameVerifier { _: String?, _: SSLSession? -> true }',
      ]),
      [`${RULE}@2:18`, `${RULE}@4:11`, `${RULE}@6:6`, `${RULE}@11:30`],
    );
  });

  it('flags Java lambdas given to setters or stored in HostnameVerifier variables', () => {
    assert.deepEqual(
      found('L.java', [
        'builder.hostnameVerifier((hostname, session) -> true);',
        'HttpsURLConnection.setDefaultHostnameVerifier((String h, SSLSession s) -> { return true; });',
        'static final HostnameVerifier ANY = (h, s) -> true;',
      ]),
      [`${RULE}@1:9`, `${RULE}@2:20`, `${RULE}@3:14`],
    );
  });

  it('does not flag verifiers that check the name or delegate, nor other verify methods', () => {
    assert.deepEqual(
      found('Safe.kt', [
        'val lan = HostnameVerifier { hostname, session -> hostname == "10.0.2.2" && OkHostnameVerifier.verify("hub.local", session) }',
        'val debugOnly = HostnameVerifier { _, _ -> BuildConfig.DEBUG }',
        'fun client() = OkHttpClient.Builder().hostnameVerifier { _, s -> OkHostnameVerifier.verify("api.example.com", s) }.build()',
        'class Sig { fun verify(data: ByteArray, signature: ByteArray): Boolean = true }',
        'fun restore(original: HostnameVerifier) = HttpsURLConnection.setDefaultHostnameVerifier(original)',
        'val filter = list.filter { a -> true }',
        '// val any = HostnameVerifier { _, _ -> true }',
      ]),
      [],
    );
    assert.deepEqual(
      found('Safe.java', [
        'class P implements HostnameVerifier {',
        '  public boolean verify(String h, SSLSession s) { return HttpsURLConnection.getDefaultHostnameVerifier().verify("api.example.com", s); }',
        '}',
        'Comparator<String> c = (a, b) -> 0;',
      ]),
      [],
    );
  });
});

/**
 * Which Android pin findings get a quick fix, and which shapes are left alone because rewriting them
 * would not be safe (the golden cases under test/golden/cases show the fixes themselves).
 */
import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { scan } from '../../helpers/scan';

const PIN_A = 'sha256/u9K/Wj25RgDoirVPQexKK+wgNaGXZpDclPM9iHyqwns=';
const PIN_B = 'sha256/SqCRuvWL/BAhzVEBdl8UnNFA3jCv8eL3fvdJf9uQFAU=';

function findingsOf(file: string, lines: string[], ruleId: string): Finding[] {
  const findings = scan(file, lines.join('\n')).filter((f) => f.ruleId === ruleId);
  assert.ok(findings.length > 0, `no ${ruleId} finding`);
  return findings;
}

function fixTitles(file: string, lines: string[], ruleId: string): string[][] {
  return findingsOf(file, lines, ruleId).map((f) => (f.fixes ?? []).map((fix) => fix.title));
}

function applied(file: string, lines: string[], ruleId: string, title = ''): string {
  const text = lines.join('\n');
  const finding = findingsOf(file, lines, ruleId)[0];
  const fix = finding.fixes?.find((f) => f.title.includes(title));
  assert.ok(fix, `no fix titled …${title}…`);
  const result = applyEdits(text, fix.edits);
  assert.ok(result.ok);
  return result.text;
}

const OKHTTP = 'okhttp-certificate-pinner';

describe('quick fixes: okhttp-certificate-pinner', () => {
  it('offers one preferred migration fix, the same on every add() of a pinner', () => {
    const findings = findingsOf(
      'Api.kt',
      [
        'fun client(): OkHttpClient {',
        '    val pinner = CertificatePinner.Builder()',
        `        .add("a.example", "${PIN_A}")`,
        `        .add("b.example", "${PIN_B}")`,
        '        .build()',
        '    return OkHttpClient.Builder().certificatePinner(pinner).build()',
        '}',
      ],
      OKHTTP,
    );
    assert.equal(findings.length, 2);
    for (const finding of findings) {
      assert.equal(finding.fixable, true);
      assert.equal(finding.fixes?.length, 1);
      assert.equal(finding.fixes?.[0].preferred, true);
      assert.match(finding.fixes![0].title, /ApproovService\.getOkHttpClient\(\)/);
    }
    assert.deepEqual(findings[0].fixes, findings[1].fixes);
  });

  it('offers no fix when the pinner builder is filled in a loop or a branch', () => {
    const titles = fixTitles(
      'Factory.java',
      [
        'class Factory {',
        '  OkHttpClient create(boolean pinned, List<String> reportPins) {',
        '    OkHttpClient.Builder builder = new OkHttpClient.Builder();',
        '    CertificatePinner.Builder pins = new CertificatePinner.Builder();',
        `    pins.add("sync.example", "${PIN_A}");`,
        '    for (String pin : reportPins) {',
        '      pins.add("reports.example", pin);',
        '    }',
        '    if (pinned) {',
        '      builder.certificatePinner(pins.build());',
        '    }',
        '    return builder.build();',
        '  }',
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(titles, [[]]);
  });

  it('offers no fix when the pinner is provided by a function (dependency injection)', () => {
    const titles = fixTitles(
      'NetworkModule.kt',
      [
        'object NetworkModule {',
        `    fun providePinner(): CertificatePinner = CertificatePinner.Builder().add("api.example", "${PIN_A}").build()`,
        '    fun provideClient(pinner: CertificatePinner): OkHttpClient = OkHttpClient.Builder().certificatePinner(pinner).build()',
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(titles, [[]]);
  });

  it('offers no fix when the pinner is used for something else too, or is not private', () => {
    const otherUse = fixTitles(
      'Shared.kt',
      [
        'class Shared {',
        `    private val pinner = CertificatePinner.Builder().add("api.example", "${PIN_A}").build()`,
        '    val client: OkHttpClient = OkHttpClient.Builder().certificatePinner(pinner).build()',
        '    fun webSocketPinner() = pinner',
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(otherUse, [[]]);
    const visible = fixTitles(
      'Visible.kt',
      [
        'object Visible {',
        `    val pinner = CertificatePinner.Builder().add("api.example", "${PIN_A}").build()`,
        '    val client: OkHttpClient = OkHttpClient.Builder().certificatePinner(pinner).build()',
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(visible, [[]], 'another file may read a public pinner');
  });

  it('offers no fix for a Java field initializer, a Kotlin var or @JvmField property, or an apply {} pinner', () => {
    const field = fixTitles(
      'Holder.java',
      [
        'class Holder {',
        `  private final OkHttpClient client = new OkHttpClient.Builder().certificatePinner(new CertificatePinner.Builder().add("api.example", "${PIN_A}").build()).build();`,
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(field, [[]], 'a field would cache a client that may be built before ApproovService.initialize');
    for (const declaration of ['var client: OkHttpClient =', '@JvmField val client: OkHttpClient =']) {
      const titles = fixTitles('Holder.kt', ['object Holder {', `    ${declaration} OkHttpClient.Builder()`, `        .certificatePinner(CertificatePinner.Builder().add("api.example", "${PIN_A}").build())`, '        .build()', '}'], OKHTTP);
      assert.deepEqual(titles, [[]], declaration);
    }
    const apply = fixTitles(
      'Apply.kt',
      ['fun client(): OkHttpClient {', '    val pinner = CertificatePinner.Builder().apply {', `        add("api.example", "${PIN_A}")`, '    }.build()', '    return OkHttpClient.Builder().certificatePinner(pinner).build()', '}'],
      OKHTTP,
    );
    assert.deepEqual(apply, [[]]);
  });

  it('offers no fix where a statement cannot go before the client (a branch without braces, a lambda expression)', () => {
    const branch = fixTitles(
      'Branch.java',
      [
        'class Branch {',
        '  OkHttpClient client(boolean pinned) {',
        `    if (pinned) return new OkHttpClient.Builder().certificatePinner(new CertificatePinner.Builder().add("api.example", "${PIN_A}").build()).build();`,
        '    return new OkHttpClient();',
        '  }',
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(branch, [[]]);
    const lambda = fixTitles(
      'Lambda.java',
      [
        'class Lambda {',
        `  Supplier<OkHttpClient> s = () -> new OkHttpClient.Builder().certificatePinner(new CertificatePinner.Builder().add("api.example", "${PIN_A}").build()).build();`,
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(lambda, [[]]);
  });

  it('offers no fix when the file imports the ApproovService of another service layer', () => {
    const titles = fixTitles(
      'Mixed.kt',
      [
        'import io.approov.service.volley.ApproovService',
        'fun client(): OkHttpClient {',
        `    return OkHttpClient.Builder().certificatePinner(CertificatePinner.Builder().add("api.example", "${PIN_A}").build()).build()`,
        '}',
      ],
      OKHTTP,
    );
    assert.deepEqual(titles, [[]]);
  });

  it('keeps a constant the rest of the file still reads, also inside string templates', () => {
    const fixed = applied(
      'Api.kt',
      [
        'private const val HOST = "api.example"',
        `private const val PIN = "${PIN_A}"`,
        'fun client(): OkHttpClient {',
        '    return OkHttpClient.Builder().certificatePinner(CertificatePinner.Builder().add(HOST, PIN).build()).build()',
        '}',
        'fun url(path: String) = "https://$HOST/$path"',
      ],
      OKHTTP,
    );
    assert.match(fixed, /private const val HOST = "api.example"/);
    assert.doesNotMatch(fixed, /PIN/);
  });

  it('names the builders when a file has several pinned clients or already sets a builder', () => {
    const fixed = applied(
      'Two.kt',
      [
        'import io.approov.service.okhttp.ApproovService',
        'fun setUp() {',
        '    ApproovService.setOkHttpClientBuilder(OkHttpClient.Builder())',
        '}',
        'fun pinnedClient(): OkHttpClient {',
        `    val client = OkHttpClient.Builder().certificatePinner(CertificatePinner.Builder().add("api.example", "${PIN_A}").build()).build()`,
        '    return client',
        '}',
      ],
      OKHTTP,
    );
    assert.match(fixed, /ApproovService\.setOkHttpClientBuilder\("client", OkHttpClient\.Builder\(\)\)\n {4}val client = ApproovService\.getOkHttpClient\("client"\)/);
  });
});

describe('quick fixes: network security config', () => {
  const NSC = 'res/xml/network_security_config.xml';

  it('nsc-pin-set: one preferred fix that removes the pin-set', () => {
    const findings = findingsOf(NSC, ['<network-security-config>', '  <domain-config>', '    <domain>a.example</domain>', `    <pin-set><pin digest="SHA-256">${PIN_A.slice(7)}</pin></pin-set>`, '  </domain-config>', '</network-security-config>'], 'nsc-pin-set');
    assert.equal(findings[0].fixes?.length, 1);
    assert.equal(findings[0].fixes?.[0].preferred, true);
    assert.match(findings[0].fixes![0].title, /Remove the <pin-set> of a\.example/);
  });

  it('nsc-override-pins: a user CA moves to debug-overrides (preferred) or loses the attribute; a system CA only loses the attribute', () => {
    const lines = [
      '<network-security-config>',
      '  <base-config><trust-anchors><certificates src="system" overridePins="true"/><certificates src="user" overridePins="true"/></trust-anchors></base-config>',
      '</network-security-config>',
    ];
    const findings = findingsOf(NSC, lines, 'nsc-override-pins');
    assert.deepEqual(
      findings.map((f) => (f.fixes ?? []).map((fix) => `${fix.preferred ? '*' : ''}${fix.title}`)),
      [
        ['*Remove overridePins="true" (the pins apply to this trust anchor again)'],
        ['*Move this user-CA trust anchor into <debug-overrides> (debug builds only)', 'Remove overridePins="true" (the pins apply to this trust anchor again)'],
      ],
    );
  });
});

describe('quick fixes: android-pinning-library and android-bundled-trust-store', () => {
  const PINS = '"b3021bd9ae9e3c96365f90300fec972f5a346222"';

  it('offers a fix only for getPinnedHttpsURLConnection held in a variable or returned', () => {
    const titles = fixTitles(
      'Legacy.java',
      [
        'class Legacy {',
        '  InputStream feed(URL url) throws IOException {',
        `    HttpsURLConnection c = PinningHelper.getPinnedHttpsURLConnection(context, new String[] { ${PINS} }, url);`,
        '    return c.getInputStream();',
        '  }',
        '  InputStream inline(URL url) throws IOException {',
        `    return PinningHelper.getPinnedHttpsURLConnection(context, new String[] { ${PINS} }, url).getInputStream();`,
        '  }',
        `  HttpClient apache() { return PinningHelper.getPinnedHttpClient(context, new String[] { ${PINS} }); }`,
        `  TrustManager tm() { return new PinningTrustManager(SystemKeyStore.getInstance(context), new String[] { ${PINS} }, 0); }`,
        '}',
      ],
      'android-pinning-library',
    );
    assert.deepEqual(titles, [['Migrate to dynamic pinning: ApproovService.addApproov(connection) (HttpsURLConnection service layer)'], [], [], []]);
  });

  it('offers no fix for a returned connection when the name `connection` is already taken', () => {
    const titles = fixTitles(
      'Taken.kt',
      ['fun open(url: URL, connection: String): HttpsURLConnection {', `    return PinningHelper.getPinnedHttpsURLConnection(context, arrayOf(${PINS}), url)`, '}'],
      'android-pinning-library',
    );
    assert.deepEqual(titles, [[]]);
  });

  it('android-bundled-trust-store offers no fix: the trust set-up spans statements only a person can safely remove', () => {
    const titles = fixTitles(
      'Bundled.java',
      [
        'class Bundled {',
        '  SSLSocketFactory factory(Context context) throws Exception {',
        '    CertificateFactory cf = CertificateFactory.getInstance("X.509");',
        '    Certificate ca = cf.generateCertificate(context.getResources().openRawResource(R.raw.api_ca));',
        '    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());',
        '    ks.load(null, null);',
        '    ks.setCertificateEntry("ca", ca);',
        '    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());',
        '    tmf.init(ks);',
        '    SSLContext ssl = SSLContext.getInstance("TLS");',
        '    ssl.init(null, tmf.getTrustManagers(), null);',
        '    return ssl.getSocketFactory();',
        '  }',
        '}',
      ],
      'android-bundled-trust-store',
    );
    assert.deepEqual(titles, [[]]);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'android-bundled-trust-store';

describe(RULE, () => {
  it('flags a raw resource certificate that becomes the only CA of a TrustManagerFactory (Kotlin)', () => {
    const findings = scan(
      'Pinned.kt',
      [
        'fun client(context: Context): OkHttpClient {',
        '    val cf = CertificateFactory.getInstance("X.509")',
        '    val ca = context.resources.openRawResource(R.raw.api_ca).use { cf.generateCertificate(it) }',
        '    val keyStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply {',
        '        load(null, null)',
        '        setCertificateEntry("api", ca)',
        '    }',
        '    val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())',
        '    tmf.init(keyStore)',
        '    val tm = tmf.trustManagers[0] as X509TrustManager',
        '    val ssl = SSLContext.getInstance("TLS").apply { init(null, arrayOf(tm), null) }',
        '    return OkHttpClient.Builder().sslSocketFactory(ssl.socketFactory, tm).build()',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:32`]);
    assert.deepEqual([findings[0].endLine, findings[0].endColumn], [3, 61]);
    assert.equal(findings[0].category, 'pin');
    assert.match(findings[0].message, /`R\.raw\.api_ca` is bundled in the app .* TrustManagerFactory/);
    assert.match(findings[0].message, /dynamic pinning/);
  });

  it('follows an asset stream through a variable, and a keystore returned by a helper (Java)', () => {
    const findings = scan(
      'Intranet.java',
      [
        'class Intranet {',
        '  SSLContext context(Context context) throws Exception {',
        '    InputStream caInput = new BufferedInputStream(context.getAssets().open("intranet.crt"));',
        '    Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(caInput);',
        '    KeyStore keyStore = KeyStore.getInstance(KeyStore.getDefaultType());',
        '    keyStore.load(null, null);',
        '    keyStore.setCertificateEntry("ca", ca);',
        '    TrustManagerFactory tmf = TrustManagerFactory.getInstance("X509");',
        '    tmf.init(keyStore);',
        '    SSLContext ssl = SSLContext.getInstance("TLS");',
        '    ssl.init(null, tmf.getTrustManagers(), null);',
        '    return ssl;',
        '  }',
        '  RequestQueue queue(Context context) throws Exception {',
        '    TrustManagerFactory tmf = TrustManagerFactory.getInstance("X509");',
        '    tmf.init(trustStore(context));',
        '    SSLContext ssl = SSLContext.getInstance("TLS");',
        '    ssl.init(null, tmf.getTrustManagers(), null);',
        '    return Volley.newRequestQueue(context, new HurlStack(null, ssl.getSocketFactory()));',
        '  }',
        '  private KeyStore trustStore(Context context) throws Exception {',
        '    KeyStore store = KeyStore.getInstance("BKS");',
        '    store.load(context.getResources().openRawResource(R.raw.truststore), PASSWORD);',
        '    return store;',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:59`, `${RULE}@23:39`]);
    assert.match(findings[0].message, /`intranet\.crt`/);
    assert.match(findings[1].message, /`R\.raw\.truststore`/);
  });

  it("flags a stream given to a custom trust manager, and OkHttp's addTrustedCertificate", () => {
    const custom = scan(
      'Custom.java',
      [
        'InputStream keyStore = context.getResources().openRawResource(R.raw.my_keystore);',
        'sslContext.init(null, new TrustManager[]{ new PinnedX509TrustManager(keyStore, password) }, null);',
      ].join('\n'),
    );
    assert.deepEqual(positions(custom, RULE), [`${RULE}@1:47`]);
    assert.match(custom[0].message, /PinnedX509TrustManager/);
    const handshake = scan(
      'Handshake.kt',
      [
        'fun client(context: Context): OkHttpClient {',
        '    val root = context.assets.open("root.der").use { CertificateFactory.getInstance("X.509").generateCertificate(it) as X509Certificate }',
        '    val certificates = HandshakeCertificates.Builder().addTrustedCertificate(root).build()',
        '    return OkHttpClient.Builder().sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager).build()',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(handshake, RULE), [`${RULE}@2:24`]);
  });

  it('leaves client certificates (KeyManagerFactory only) and bundled CAs added to the system ones alone', () => {
    const clientCertificate = scan(
      'Mtls.kt',
      [
        'fun mtls(context: Context, password: CharArray): SSLContext {',
        '    val keyStore = KeyStore.getInstance("PKCS12")',
        '    context.resources.openRawResource(R.raw.client).use { keyStore.load(it, password) }',
        '    val kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())',
        '    kmf.init(keyStore, password)',
        '    return SSLContext.getInstance("TLS").apply { init(kmf.keyManagers, null, null) }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(clientCertificate, RULE), []);
    const additive = scan(
      'Extra.kt',
      [
        'fun trustManagers(context: Context): List<TrustManager> {',
        '    val ca = context.assets.open("extra_ca.pem").use { CertificateFactory.getInstance("X.509").generateCertificate(it) }',
        '    val store = KeyStore.getInstance(KeyStore.getDefaultType()).apply { load(null, null); setCertificateEntry("extra", ca) }',
        '    val system = TrustManagerFactory.getInstance("X509").apply { init(null as KeyStore?) }',
        '    val extra = TrustManagerFactory.getInstance("X509").apply { init(store) }',
        '    return system.trustManagers.toList() + extra.trustManagers.toList()',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(additive, RULE), []);
  });

  it('leaves assets that are not trust material, and trust stores not read from the app, alone', () => {
    const findings = scan(
      'Other.java',
      [
        'class Other {',
        '  String help(Context context) throws IOException { return read(context.getAssets().open("help.html")); }',
        '  void trust(KeyStore fromDisk) throws Exception {',
        '    TrustManagerFactory tmf = TrustManagerFactory.getInstance("X509");',
        '    tmf.init(fromDisk);',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });

  it('gives pin-health checks nothing to say (no pin values)', () => {
    const text = [
      'InputStream in = context.getResources().openRawResource(R.raw.ca);',
      'keyStore.load(in, null);',
      'TrustManagerFactory tmf = TrustManagerFactory.getInstance("X509");',
      'tmf.init(keyStore);',
    ].join('\n');
    const findings = scanWithPinHealth('A.java', text);
    assert.deepEqual(positions(findings), [`${RULE}@1:41`]);
  });
});

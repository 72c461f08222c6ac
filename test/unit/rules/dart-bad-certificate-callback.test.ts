import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'dart-bad-certificate-callback';

describe(RULE, () => {
  it('reports cascade, assignment and block-bodied callbacks that return true', () => {
    const findings = scan(
      'lib/client.dart',
      [
        'HttpClient a() => HttpClient()',
        '  ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;',
        'HttpClient b() {',
        '  final c = HttpClient();',
        '  c.badCertificateCallback = (cert, host, port) {',
        "    print('accepting $host');",
        '    return true;',
        '  };',
        '  return c;',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:5`, `${RULE}@5:5`]);
    assert.equal(findings[0].category, 'tls');
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].endColumn, 5 + 'badCertificateCallback'.length);
    assert.match(findings[0].message, /always returns true/);
  });

  it('follows a named function and SecureSocket onBadCertificate', () => {
    const findings = scan(
      'lib/socket.dart',
      [
        'Future<SecureSocket> open(String h) => SecureSocket.connect(h, 443, onBadCertificate: _trustAll);',
        'bool _trustAll(X509Certificate c) => true;',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:69`]);
  });

  it('says the callback is global inside an HttpOverrides subclass', () => {
    const findings = scan(
      'lib/overrides.dart',
      [
        'class DevOverrides extends HttpOverrides {',
        '  @override',
        '  HttpClient createHttpClient(SecurityContext? context) =>',
        '      super.createHttpClient(context)..badCertificateCallback = (_, __, ___) => true;',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:40`]);
    assert.match(findings[0].message, /every HttpClient the app creates/);
  });

  it('ignores host checks, false, kDebugMode guards and comments', () => {
    const findings = scan(
      'lib/safe.dart',
      [
        "void a(HttpClient c) { c.badCertificateCallback = (cert, host, port) => host == 'localhost'; }",
        'void b(HttpClient c) { c.badCertificateCallback = (cert, host, port) => false; }',
        'void d(HttpClient c) {',
        '  if (kDebugMode) {',
        '    c.badCertificateCallback = (cert, host, port) => true;',
        '  }',
        '}',
        '// c.badCertificateCallback = (cert, host, port) => true;',
        "const s = 'badCertificateCallback = (c, h, p) => true';",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });

  it("does not flag the trust-all factory of dio's pinning recipe, but flags it without the pin", () => {
    const pinned = [
      "const fp = '4df9a3c302ebd5eeefde22970bf4e7c6d3b55196ab90c303b021d3d0681929a5';",
      'final adapter = IOHttpClientAdapter(',
      '  createHttpClient: () {',
      '    final client = HttpClient(context: SecurityContext(withTrustedRoots: false));',
      '    client.badCertificateCallback = (cert, host, port) => true;',
      '    return client;',
      '  },',
      '  validateCertificate: (cert, host, port) => cert != null && sha256.convert(cert.der).toString() == fp,',
      ');',
    ].join('\n');
    assert.deepEqual(positions(scan('lib/dio.dart', pinned), RULE), []);
    const unpinned = pinned.replace(/validateCertificate: .*,\n/, 'validateCertificate: (cert, host, port) => cert != null,\n');
    assert.deepEqual(positions(scan('lib/dio.dart', unpinned), RULE), [`${RULE}@5:12`]);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'dart-security-context-pinned-cert';

describe(RULE, () => {
  it('reports setTrustedCertificatesBytes on a context without trusted roots and names the asset', () => {
    const findings = scan(
      'lib/pinned.dart',
      [
        'Future<HttpClient> pinned() async {',
        "  final data = await rootBundle.load('assets/certs/api.pem');",
        '  final context = SecurityContext(withTrustedRoots: false);',
        '  context.setTrustedCertificatesBytes(data.buffer.asUint8List());',
        '  return HttpClient(context: context);',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:11`]);
    assert.match(findings[0].message, /`assets\/certs\/api\.pem`/);
    assert.equal(findings[0].category, 'pin');
  });

  it('reports the cascade form with a file path', () => {
    const findings = scan(
      'lib/iso.dart',
      "final ctx = SecurityContext(withTrustedRoots: false)\n  ..setTrustedCertificates('/data/certs/leaf.crt');",
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:5`]);
    assert.match(findings[0].message, /leaf\.crt/);
  });

  it('ignores a private CA added next to the system roots', () => {
    const findings = scan(
      'lib/ca.dart',
      [
        "final ca = await rootBundle.load('assets/certs/corp_ca.pem');",
        'SecurityContext.defaultContext.setTrustedCertificatesBytes(ca.buffer.asUint8List());',
        '// SecurityContext(withTrustedRoots: false)',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

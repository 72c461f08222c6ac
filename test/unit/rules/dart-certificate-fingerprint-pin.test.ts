import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'dart-certificate-fingerprint-pin';
const HEX = '4df9a3c302ebd5eeefde22970bf4e7c6d3b55196ab90c303b021d3d0681929a5';
const PIN = `sha256/${Buffer.from(HEX, 'hex').toString('base64')}`;

describe(RULE, () => {
  it('reports a dio validateCertificate comparing against a constant, with the pin', () => {
    const findings = scan(
      'lib/dio.dart',
      [
        `const String _fingerprint = '${HEX}';`,
        'final adapter = IOHttpClientAdapter(',
        '  validateCertificate: (cert, host, port) {',
        '    if (cert == null) return false;',
        '    return _fingerprint == sha256.convert(cert.der).toString();',
        '  },',
        ');',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:3`]);
    assert.deepEqual(findings[0].pins, [PIN]);
    assert.equal(findings[0].category, 'pin');
  });

  it('reads colon-separated SHA-1 fingerprints in a badCertificateCallback', () => {
    const sha1 = '6C:D5:E1:D5:2F:04:EC:4B:BA:A9:75:A5:F5:C3:8B:3E:E1:7A:31:E5';
    const findings = scan(
      'lib/legacy.dart',
      `void f(HttpClient c) { c.badCertificateCallback = (cert, host, port) => fmt(cert.sha1) == '${sha1}'; }`,
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:26`]);
    assert.deepEqual(findings[0].pins, [`sha1/${Buffer.from(sha1.replace(/:/g, ''), 'hex').toString('base64')}`]);
    assert.deepEqual(positions(findings, 'dart-bad-certificate-callback'), []);
  });

  it('ignores host comparisons and fingerprints loaded at runtime', () => {
    const findings = scan(
      'lib/safe.dart',
      [
        "void a(HttpClient c) { c.badCertificateCallback = (cert, host, port) => host == 'dev.example.com'; }",
        'void b(List<String> pins) {',
        '  IOHttpClientAdapter(validateCertificate: (cert, host, port) => pins.contains(sha256.convert(cert!.der).toString()));',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

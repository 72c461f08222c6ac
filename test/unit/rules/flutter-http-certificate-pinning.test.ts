import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'flutter-http-certificate-pinning';
const FP = '59:58:57:5A:5B:5C:5D:59:58:57:5A:5B:5C:5D:59:58:57:5A:5B:5C:5D:59:58:57:5A:5B:5C:5D:59:58:57:5A';
const PIN = `sha256/${Buffer.from(FP.replace(/:/g, ''), 'hex').toString('base64')}`;

describe(RULE, () => {
  it('reports HttpCertificatePinning.check with the host and pins', () => {
    const findings = scan(
      'lib/pinning.dart',
      [
        'Future<String> check() => HttpCertificatePinning.check(',
        "  serverURL: 'https://api.example.com/health',",
        '  sha: SHA.SHA256,',
        `  allowedSHAFingerprints: ['${FP}'],`,
        ');',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:27`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [PIN]);
  });

  it('reports the dio interceptor and SecureHttpClient.build with constants', () => {
    const findings = scan(
      'lib/clients.dart',
      [
        `const pins = ['${FP}'];`,
        'final dio = Dio()..interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: pins));',
        'final http = SecureHttpClient.build(pins);',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:37`, `${RULE}@3:14`]);
    assert.deepEqual(findings[1].pins, [PIN]);
  });

  it('ignores fingerprints passed in at runtime', () => {
    const findings = scan(
      'lib/dynamic.dart',
      'Dio build(List<String> remote) => Dio()..interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: remote));',
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

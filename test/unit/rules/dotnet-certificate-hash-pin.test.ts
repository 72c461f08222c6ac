import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'dotnet-certificate-hash-pin';
const SHA1 = '2310C2638EEB57E60B1BCC5795FFF540C79BA951';
const SHA256 = '88d35691cf4350e0c3722eecdee6afd8c616220ddda7eac1ca284bcfb85004b6';

describe(RULE, () => {
  it('reports a lambda comparing GetCertHashString with a constant, with the pin', () => {
    const findings = scan(
      'Pinned.cs',
      [
        'class P {',
        `    private const string Thumb = "${SHA1}";`,
        '    HttpClientHandler H() => new HttpClientHandler {',
        '        ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => cert.GetCertHashString() == Thumb,',
        '    };',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:9`]);
    assert.deepEqual(findings[0].pins, [`sha1/${Buffer.from(SHA1, 'hex').toString('base64')}`]);
    assert.deepEqual(positions(findings, 'dotnet-accept-any-certificate'), []);
  });

  it('resolves a method group and a multi-line HashSet initializer', () => {
    const findings = scan(
      'Factory.cs',
      [
        'static readonly HashSet<string> Allowed = new HashSet<string>',
        '{',
        `    "${SHA256}",`,
        '};',
        'var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = Check };',
        'static bool Check(HttpRequestMessage m, X509Certificate2 c, X509Chain ch, SslPolicyErrors e)',
        '{',
        '    return Allowed.Contains(c.GetCertHashString(HashAlgorithmName.SHA256));',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@5:33`]);
    assert.deepEqual(findings[0].pins, [`sha256/${Buffer.from(SHA256, 'hex').toString('base64')}`]);
  });

  it('ignores comparisons with names and issuers', () => {
    const findings = scan(
      'Issuer.cs',
      'h.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None && c.Issuer == "CN=Fleet Root CA";',
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'dotnet-accept-any-certificate';

describe(RULE, () => {
  it('reports lambdas, delegates, method groups and the dangerous validator', () => {
    const findings = scan(
      'Api.cs',
      [
        'var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true };',
        'ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };',
        'h.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;',
        'var s = new SslStream(stream, false, AcceptAll);',
        'static bool AcceptAll(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e)',
        '{',
        '    return true;',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:33`, `${RULE}@2:21`, `${RULE}@3:65`, `${RULE}@4:13`]);
    assert.match(findings[1].message, /every HTTPS connection of the process/);
    assert.equal(findings[0].category, 'tls');
  });

  it('ignores validation that checks errors, #if DEBUG code and comments', () => {
    const findings = scan(
      'Safe.cs',
      [
        'h.ServerCertificateCustomValidationCallback = (m, c, ch, errors) => errors == SslPolicyErrors.None;',
        '#if DEBUG',
        'h.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;',
        '#else',
        'h.ServerCertificateCustomValidationCallback = null;',
        '#endif',
        '// h.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;',
        'h.ServerCertificateCustomValidationCallback = (m, c, ch, e) => { if (e != SslPolicyErrors.None) throw new Exception(); return true; };',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });

  it('reports code in the #else branch of #if DEBUG', () => {
    const findings = scan('Release.cs', ['#if DEBUG', 'var x = 1;', '#else', 'h.ServerCertificateCustomValidationCallback = (a, b, c, d) => true;', '#endif'].join('\n'));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:3`]);
  });
});

/** Quick fixes of the .NET certificate callback rules: when they are offered and what they leave alone. Exact outputs are golden cases. */
import { strict as assert } from 'node:assert';
import { applied, findingsOf, fixesOf } from '../../helpers/fixes';

const THUMBPRINT = 'B1C4E1D9A0F3C2E7D8B6A5F4E3D2C1B0A9F8E7D6';

function method(body: string[]): string {
  return ['class Api', '{', '    HttpClient Build()', '    {', ...body.map((l) => `        ${l}`), '    }', '}', ''].join('\n');
}

describe('dotnet-certificate-hash-pin fixes', () => {
  const RULE = 'dotnet-certificate-hash-pin';
  const callback = `handler.ServerCertificateCustomValidationCallback = (m, cert, chain, e) => cert.GetCertHashString() == "${THUMBPRINT}";`;

  it('removes the callback and creates the client with ApproovService.CreateHttpClient, without inventing a using', () => {
    const text = method(['var handler = new HttpClientHandler();', callback, 'return new HttpClient(handler);']);
    const [[fix]] = fixesOf('Api.cs', text, RULE);
    assert.match(fix.title, /ApproovService\.CreateHttpClient\(handler\).*using directive/);
    assert.equal(applied(text, fix), method(['var handler = new HttpClientHandler();', 'return ApproovService.CreateHttpClient(handler);']));
  });

  it('only removes the callback when the client cannot be created by the SDK as written', () => {
    for (const client of ['return new HttpClient(handler, disposeHandler: false);', 'return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };']) {
      const text = method(['var handler = new HttpClientHandler();', callback, client]);
      const [[fix]] = fixesOf('Api.cs', text, RULE);
      assert.match(fix.title, /^Remove the pinning ServerCertificateCustomValidationCallback \(pins then come from dynamic pinning/);
      assert.equal(applied(text, fix), method(['var handler = new HttpClientHandler();', client]));
    }
  });

  it('offers no fix for a callback that is an argument or the body of a brace-less if', () => {
    const cases = [
      method([`var ssl = new SslStream(stream, false, (s, cert, chain, e) => cert.GetCertHashString() == "${THUMBPRINT}");`, 'return null;']),
      method(['var handler = new HttpClientHandler();', 'if (Pinning.Enabled)', `    ${callback}`, 'return new HttpClient(handler);']),
    ];
    for (const text of cases) {
      const findings = findingsOf('Api.cs', text, RULE);
      assert.equal(findings.length, 1, text);
      assert.equal(findings[0].fixable, false, text);
    }
  });
});

describe('dotnet-accept-any-certificate fixes', () => {
  const RULE = 'dotnet-accept-any-certificate';

  it('removes an assignment of a named method and leaves the client alone', () => {
    const text = [
      'class Api',
      '{',
      '    static bool AcceptAll(HttpRequestMessage m, X509Certificate2 c, X509Chain ch, SslPolicyErrors e) => true;',
      '',
      '    HttpClient Build()',
      '    {',
      '        var handler = new HttpClientHandler();',
      '        handler.ServerCertificateCustomValidationCallback = AcceptAll;',
      '        return new HttpClient(handler);',
      '    }',
      '}',
    ].join('\n');
    const [[fix]] = fixesOf('Api.cs', text, RULE);
    assert.equal(fix.preferred, true);
    const out = applied(text, fix);
    assert.ok(!out.includes('ServerCertificateCustomValidationCallback'));
    assert.ok(out.includes('        var handler = new HttpClientHandler();\n        return new HttpClient(handler);'));
  });

  it('turns a handler initializer left empty into a plain construction', () => {
    const text = method(['return new HttpClient(new HttpClientHandler', '{', '    ServerCertificateCustomValidationCallback = (m, c, ch, e) => true', '});']);
    const [[fix]] = fixesOf('Api.cs', text, RULE);
    assert.equal(applied(text, fix), method(['return new HttpClient(new HttpClientHandler());']));
  });
});

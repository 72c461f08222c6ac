import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-alamofire-pinning';

describe(RULE, () => {
  it('reports Alamofire 5 pinned evaluators with the dictionary key as host', () => {
    const findings = scan(
      'Api.swift',
      [
        'let manager = ServerTrustManager(evaluators: [',
        '    "api.example.com": PinnedCertificatesTrustEvaluator(),',
        '    "auth.example.com": PublicKeysTrustEvaluator(keys: Bundle.main.af.publicKeys),',
        '    "www.example.com": DefaultTrustEvaluator(),',
        '])',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:24`, `${RULE}@3:25`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, []);
    assert.equal(findings[0].category, 'pin');
    assert.equal(findings[1].host, 'auth.example.com');
    assert.match(findings[1].message, /public keys/);
  });

  it('follows an evaluator held in a variable and the 5.5 shorthand', () => {
    const findings = scan(
      'Qa.swift',
      [
        'let pinned = PinnedCertificatesTrustEvaluator(acceptSelfSignedCertificates: true)',
        'let evaluators: [String: ServerTrustEvaluating] = ["qa.example.com": pinned, "qa2.example.com": pinned]',
        'let m = ServerTrustManager(evaluators: ["beta.example.com": .publicKeys(), "x.example.com": .default])',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@1:14`, `${RULE}@3:61`]);
    assert.equal(findings[0].host, 'qa.example.com, qa2.example.com');
    assert.equal(findings[1].host, 'beta.example.com');
  });

  it('reports Alamofire 4 pinning policies but not switch patterns', () => {
    const findings = scan(
      'Legacy.swift',
      [
        'let policies: [String: ServerTrustPolicy] = [',
        '    "api.example.com": .pinCertificates(certificates: ServerTrustPolicy.certificates(), validateCertificateChain: true, validateHost: true),',
        ']',
        'switch policy {',
        'case .pinCertificates(let certs, _, _): print(certs)',
        'default: break',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:24`]);
    assert.equal(findings[0].host, 'api.example.com');
  });

  it('ignores comments, strings and default evaluation', () => {
    const findings = scan(
      'Safe.swift',
      [
        '// "api.example.com": PinnedCertificatesTrustEvaluator(),',
        'let note = "PublicKeysTrustEvaluator() is not used"',
        'let m = ServerTrustManager(evaluators: ["api.example.com": DefaultTrustEvaluator()])',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

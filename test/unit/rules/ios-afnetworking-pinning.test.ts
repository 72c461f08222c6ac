import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-afnetworking-pinning';

describe(RULE, () => {
  it('reports Objective-C pinning modes with the base URL host of the method', () => {
    const findings = scan(
      'Client.m',
      [
        'static NSString * const kBase = @"https://api.example.com/v1/";',
        '- (instancetype)init {',
        '    _manager = [[AFHTTPSessionManager alloc] initWithBaseURL:[NSURL URLWithString:kBase]];',
        '    _manager.securityPolicy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModePublicKey];',
        '    return self;',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@4:71`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, []);
    assert.match(findings[0].message, /public keys for `api\.example\.com`/);
  });

  it('reports Swift AFSecurityPolicy(pinningMode:) with an unresolved host', () => {
    const findings = scan('Sync.swift', 'func make() -> AFSecurityPolicy {\n    return AFSecurityPolicy(pinningMode: .certificate)\n}');
    assert.deepEqual(positions(findings), [`${RULE}@2:42`]);
    assert.equal(findings[0].host, '(host not resolved)');
  });

  it('ignores AFSSLPinningModeNone, comparisons and comments', () => {
    const findings = scan(
      'Safe.m',
      [
        'AFSecurityPolicy *p = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeNone];',
        'if (p.SSLPinningMode == AFSSLPinningModeCertificate) { NSLog(@"pinned"); }',
        '// [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeCertificate]',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

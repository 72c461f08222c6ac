import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-afnetworking-insecure-policy';

describe(RULE, () => {
  it('reports dot syntax and setter messages in Objective-C with per-property severity', () => {
    const findings = scan(
      'Staging.m',
      [
        'AFSecurityPolicy *policy = [AFSecurityPolicy defaultPolicy];',
        'policy.allowInvalidCertificates = YES;',
        'policy.validatesDomainName = NO;',
        '[policy setAllowInvalidCertificates:YES];',
        '[policy setValidatesDomainName: NO];',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:8`, `${RULE}@3:8`, `${RULE}@4:9`, `${RULE}@5:9`]);
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['error', 'warning', 'error', 'warning'],
    );
    assert.equal(findings[0].endColumn, 8 + 'allowInvalidCertificates = YES'.length);
  });

  it('reports Swift assignments', () => {
    const findings = scan('Sync.swift', 'let policy = AFSecurityPolicy.default()\npolicy.allowInvalidCertificates = true\npolicy.validatesDomainName = false');
    assert.deepEqual(positions(findings), [`${RULE}@2:8`, `${RULE}@3:8`]);
  });

  it('ignores safe values, comparisons, declarations and comments', () => {
    const findings = scan(
      'Safe.m',
      [
        '@property (nonatomic, assign) BOOL allowInvalidCertificates;',
        'policy.allowInvalidCertificates = NO;',
        'policy.validatesDomainName = YES;',
        'if (policy.allowInvalidCertificates == YES) { abort(); }',
        '// policy.allowInvalidCertificates = YES;',
        'NSString *s = @"validatesDomainName = NO";',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'go-insecure-skip-verify';

describe(RULE, () => {
  it('reports composite literals and assignments', () => {
    const findings = scan(
      'client.go',
      ['package x', 'var c = &tls.Config{InsecureSkipVerify: true}', 'func f(c *tls.Config) { c.InsecureSkipVerify = true }'].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:21`, `${RULE}@3:27`]);
    assert.equal(findings[0].category, 'tls');
  });

  it('ignores false, flags, comparisons, comments and strings', () => {
    const findings = scan(
      'client_test.go',
      [
        'package x',
        'var a = &tls.Config{InsecureSkipVerify: false}',
        'var b = &tls.Config{InsecureSkipVerify: *insecure}',
        'var ok = a.InsecureSkipVerify == true',
        '// var c = &tls.Config{InsecureSkipVerify: true}',
        'const s = "InsecureSkipVerify: true"',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import type { Finding } from '../../../server/src/engine';
import { compareWithLabels, externalLabels } from '../../../scripts/support/external-labels';

const finding = (line: number, category: Finding['category'] = 'tls', endLine = line): Finding =>
  ({ ruleId: 'r', category, severity: 'error', file: 'f', line, column: 1, endLine, endColumn: 2, message: '', fixable: false }) as Finding;

describe('external suite labels (semgrep-style annotations)', () => {
  const text = [
    'class A {', // 1
    '    // ruleid: insecure-tm', // 2
    '    @Override', // 3
    '    public void checkServerTrusted(X509Certificate[] c, String a)', // 4
    '            throws CertificateException {', // 5
    '    }', // 6
    '    // ok: insecure-tm', // 7
    '    public X509Certificate[] getAcceptedIssuers() { return issuers; }', // 8
    '    // todoruleid: unmapped-rule, insecure-tm', // 9
    '    void other() {}', // 10
    '}', // 11
  ].join('\n');
  const map = { 'insecure-tm': 'tls' as const };

  it('covers the construct below an annotation, through annotations, throws clauses and bodies', () => {
    const labels = externalLabels(text, map);
    assert.deepEqual(
      labels.map((l) => [l.kind, l.line, l.endLine]),
      [
        ['expect', 3, 6],
        ['ok', 8, 8],
        ['expect', 10, 10],
      ],
    );
  });

  it('scores findings at category level: inside an expected construct, on ok lines, unlabelled, other categories', () => {
    const labels = externalLabels(text, map);
    const result = compareWithLabels([finding(4), finding(5), finding(8), finding(11), finding(8, 'pin')], labels);
    assert.deepEqual(result.found.map((l) => l.line), [3]);
    assert.deepEqual(result.missed.map((l) => l.line), [10]);
    assert.deepEqual(result.falseAlarms.map((f) => [f.finding.line, f.onOkLine]), [
      [8, true],
      [11, false],
    ]);
  });

  it('with block scope, labels of one block count once and cover the whole block', () => {
    const labels = externalLabels(text, { 'insecure-tm': { category: 'tls', scope: 'block' } });
    assert.deepEqual(labels.map((l) => [l.kind, l.line, l.endLine]), [
      ['expect', 1, 11],
      ['ok', 1, 11],
    ]);
  });
});

import { strict as assert } from 'node:assert';
import { Scanner, reasonToSkip, type Rule } from '../../../server/src/engine';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PINNER = `val p = CertificatePinner.Builder().add("a.example.com", "${PIN}").build()`;

describe('scanner', () => {
  it('applies severity overrides and turns rules off', () => {
    assert.equal(new Scanner({ rules: { 'okhttp-certificate-pinner': 'error' } }).scan('A.kt', PINNER).findings[0].severity, 'error');
    const off = new Scanner({ rules: { 'okhttp-certificate-pinner': 'off' } }).scan('A.kt', PINNER).findings;
    assert.deepEqual(off.filter((f) => f.ruleId === 'okhttp-certificate-pinner'), []);
    // A pin rule that is off still feeds the pin-health checks (single pin: no backup).
    assert.deepEqual(off.map((f) => f.ruleId), ['pin-no-backup']);
    assert.equal(new Scanner({ rules: { 'okhttp-certificate-pinner': 'default' } }).scan('A.kt', PINNER).findings[0].severity, 'warning');
  });

  it('never hands a file to a rule whose keywords it lacks', () => {
    let calls = 0;
    const probe: Rule = {
      meta: { id: 'probe', title: 'probe', category: 'tls', severity: 'info', fileKinds: ['kotlin'], keywords: ['NeedleKeyword'], fixable: false, docs: '' },
      detect: () => void calls++,
    };
    const scanner = new Scanner({}, [probe]);
    scanner.scan('A.kt', 'val x = 1');
    assert.equal(calls, 0);
    scanner.scan('A.kt', 'val NeedleKeyword = 1');
    assert.equal(calls, 1);
    scanner.scan('A.swift', 'let NeedleKeyword = 1');
    assert.equal(calls, 1, 'a rule only sees its own file kinds');
  });

  it('uses the editor language id when the name says nothing', () => {
    assert.equal(new Scanner().scan('untitled:Untitled-1', PINNER, 'kotlin').findings.filter((f) => f.category === 'pin').length, 1);
    assert.deepEqual(new Scanner().scan('untitled:Untitled-1', PINNER).findings, []);
  });

  it('skips binary, oversized and minified text with a reason', () => {
    assert.equal(reasonToSkip('abc\0def'), 'binary content');
    assert.match(reasonToSkip('x'.repeat(200), 100)!, /larger than/);
    assert.match(reasonToSkip('a'.repeat(200_000))!, /minified/);
    assert.equal(reasonToSkip('a\n'.repeat(100_000)), undefined);
    assert.match(new Scanner({ maxFileLength: 10 }).scan('A.kt', PINNER).skipped!, /larger than/);
  });

  it('reports 1-based UTF-16 columns after astral characters', () => {
    const text = `val e = "😀"; ${PINNER}`;
    const [finding] = new Scanner().scan('A.kt', text).findings;
    assert.equal(finding.column, text.indexOf('add(') + 1);
  });
});

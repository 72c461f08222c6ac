import { strict as assert } from 'node:assert';
import { Scanner, type PinReport, type Rule } from '../../../server/src/engine';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';

describe('scanner pin-health hook (Rule.checkPins)', () => {
  const seen: PinReport[][] = [];
  const pinRule: Rule = {
    meta: { id: 'probe-pins', title: 'probe', category: 'pin', severity: 'warning', fileKinds: ['dart'], keywords: ['pinned'], fixable: false, docs: '' },
    detect(context) {
      const at = context.text.indexOf('pinned');
      context.report({ start: at, end: at + 6, host: 'a.example.com', pins: [PIN], pinRanges: [{ start: 0, end: 3 }], message: 'pin' });
      context.report({ start: at, end: at + 6, message: 'no pins: not given to checkers' });
    },
  };
  const checker: Rule = {
    meta: { id: 'probe-health', title: 'probe', category: 'pin-health', severity: 'info', fileKinds: [], keywords: [], fixable: false, docs: '' },
    detect() {},
    checkPins(reports, context) {
      seen.push([...reports]);
      for (const r of reports) {
        context.report({ start: r.pinRanges![0]!.start, end: r.pinRanges![0]!.end, host: r.host, message: `${r.ruleId} pins ${r.host}` });
        context.report({ start: r.pinRanges![0]!.start, end: r.pinRanges![0]!.end, host: r.host, message: `${r.ruleId} pins ${r.host}` }); // duplicate: dropped
      }
    },
  };

  beforeEach(() => (seen.length = 0));

  it('hands every pin report of a file, from any pin rule and file kind, to pin-health rules', () => {
    const findings = new Scanner({}, [pinRule, checker]).scan('lib/net.dart', 'var pinned = 1;').findings;
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0].map((r) => [r.ruleId, r.host, r.pins]), [['probe-pins', 'a.example.com', [PIN]]]);
    assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`), ['probe-health@1:1', 'probe-pins@1:5', 'probe-pins@1:5']);
    assert.equal(findings[0].message, 'probe-pins pins a.example.com');
  });

  it('runs a pin rule that is off silently so pin-health still sees its pins; nothing when checkers are off', () => {
    const silent = new Scanner({ rules: { 'probe-pins': 'off' } }, [pinRule, checker]).scan('lib/net.dart', 'var pinned = 1;').findings;
    assert.deepEqual(silent.map((f) => f.ruleId), ['probe-health']);
    const none = new Scanner({ rules: { 'probe-pins': 'off', 'probe-health': 'off' } }, [pinRule, checker]);
    assert.deepEqual(none.scan('lib/net.dart', 'var pinned = 1;').findings, []);
    assert.equal(none.handles('dart'), false);
    assert.equal(seen.length, 1);
  });

  it('does not call checkers for files without pin reports', () => {
    new Scanner({}, [pinRule, checker]).scan('lib/other.dart', 'var x = 1;');
    assert.equal(seen.length, 0);
  });
});

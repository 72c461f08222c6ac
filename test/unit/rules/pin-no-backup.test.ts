import { strict as assert } from 'node:assert';
import { Scanner, type Rule } from '../../../server/src/engine';
import { pinNoBackup } from '../../../server/src/engine/rules/pin-no-backup';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'pin-no-backup';
const PIN_A = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = 'sha256/5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
const DUD = 'sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

describe(RULE, () => {
  it('reports a host with one pin on that pin (MissingBackupPin)', () => {
    const text = [
      'val pinner = CertificatePinner.Builder()',
      `    .add("api.example.com", "${PIN_A}")`,
      `    .add("cdn.example.com", "${PIN_A}", "${PIN_B}")`,
      '    .build()',
    ].join('\n');
    const findings = scanWithPinHealth('Api.kt', text).filter((f) => f.ruleId === RULE);
    assert.deepEqual(positions(findings), [`${RULE}@2:30`]);
    assert.deepEqual([findings[0].endLine, findings[0].endColumn], [2, 30 + PIN_A.length]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [PIN_A]);
    assert.match(findings[0].message, /no backup pin/);
  });

  it('counts pins of one host across separate add() calls, as OkHttp does', () => {
    const text = [
      'CertificatePinner pinner = new CertificatePinner.Builder()',
      `    .add("api.example.com", "${PIN_A}")`,
      `    .add("api.example.com", "${PIN_B}")`,
      '    .build();',
    ].join('\n');
    assert.deepEqual(positions(scanWithPinHealth('Api.java', text), RULE), []);
  });

  it('does not count duplicates or placeholder pins as backups', () => {
    const duplicate = `val p = CertificatePinner.Builder().add("a.example.com", "${PIN_A}", "${PIN_A}").build()`;
    const [dup] = scanWithPinHealth('A.kt', duplicate).filter((f) => f.ruleId === RULE);
    assert.equal(dup.column, 59, 'on the first copy of the pin');
    assert.match(dup.message, /listed more than once/);
    const placeholder = `val p = CertificatePinner.Builder().add("a.example.com", "${PIN_A}", "${DUD}").build()`;
    const [dud] = scanWithPinHealth('A.kt', placeholder).filter((f) => f.ruleId === RULE);
    assert.match(dud.message, /placeholder/);
    assert.equal(dud.column, 59, 'on the real pin, not the placeholder');
  });

  it('reports a single-pin NSC pin-set on the pin value', () => {
    const text = [
      '<network-security-config>',
      '  <domain-config>',
      '    <domain>api.example.com</domain>',
      '    <pin-set expiration="2030-01-01">',
      `      <pin digest="SHA-256">${PIN_A.slice(7)}</pin>`,
      '    </pin-set>',
      '  </domain-config>',
      '</network-security-config>',
    ].join('\n');
    assert.deepEqual(positions(scanWithPinHealth('res/xml/network_security_config.xml', text), RULE), [`${RULE}@5:29`]);
  });

  it('points at the lone pin where a constant holds it, away from the add() call', () => {
    const text = [
      'private const val SEARCH_PIN =',
      `    "${PIN_A}"`,
      '',
      'val pinner = CertificatePinner.Builder()',
      '    .add("search.example.com", SEARCH_PIN)',
      '    .build()',
    ].join('\n');
    assert.deepEqual(positions(scanWithPinHealth('Search.kt', text), RULE), [`${RULE}@2:6`]);
  });

  it('falls back to the pin report itself when the pin rule does not say where the pin is', () => {
    const rangeless: Rule = {
      meta: { id: 'probe-pins', title: 'probe', category: 'pin', severity: 'warning', fileKinds: ['dart'], keywords: ['pinned'], fixable: false, docs: '' },
      detect(context) {
        const at = context.text.indexOf('pinned');
        context.report({ start: at, end: at + 6, host: 'a.example.com', pins: [PIN_A], message: 'pin' });
      },
    };
    const findings = new Scanner({}, [rangeless, pinNoBackup]).scan('lib/net.dart', 'var x = 1;\nvar pinned = 1;').findings;
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:5`]);
  });
});

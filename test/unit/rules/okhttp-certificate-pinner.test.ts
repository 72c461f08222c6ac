import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'okhttp-certificate-pinner';
const PIN_A = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = 'sha256/5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';

describe(RULE, () => {
  it('reports each add() of a Kotlin builder chain with host and pins', () => {
    const findings = scan(
      'Api.kt',
      [
        'val pinner = CertificatePinner.Builder()',
        `    .add("api.example.com", "${PIN_A}", "${PIN_B}")`,
        `    .add("cdn.example.com", "${PIN_B}")`,
        '    .build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:6`, `${RULE}@3:6`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [PIN_A, PIN_B]);
    assert.equal(findings[0].category, 'pin');
    assert.equal(findings[0].endLine, 2);
    assert.equal(findings[0].endColumn, 6 + `add("api.example.com", "${PIN_A}", "${PIN_B}")`.length);
  });

  it('resolves Java constants for host and pin', () => {
    const findings = scan(
      'Legacy.java',
      [
        'class Legacy {',
        '  private static final String HOST = "partner.example.com";',
        `  private static final String PIN = "${PIN_A}";`,
        '  CertificatePinner p = new CertificatePinner.Builder().add(HOST, PIN).build();',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@4:57`]);
    assert.equal(findings[0].host, 'partner.example.com');
    assert.deepEqual(findings[0].pins, [PIN_A]);
  });

  it('reads pins spread from a Kotlin arrayOf constant', () => {
    const findings = scan(
      'Pins.kt',
      [
        `private val PINS = arrayOf("${PIN_A}", "${PIN_B}")`,
        'val pinner = CertificatePinner.Builder().apply {',
        '    add("api.example.com", *PINS)',
        '}.build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@3:5`]);
    assert.deepEqual(findings[0].pins, [PIN_A, PIN_B]);
  });

  it('ignores pins in comments and strings, and files without CertificatePinner', () => {
    const commented = scan(
      'Api.kt',
      ['// CertificatePinner.Builder().add("api.example.com", "' + PIN_A + '")', 'val note = "CertificatePinner add(x, sha256/...)"'].join('\n'),
    );
    assert.deepEqual(positions(commented), []);
    const noKeyword = scan('List.kt', `val list = mutableListOf<String>(); list.add("a", "${PIN_A}")`);
    assert.deepEqual(positions(noKeyword), []);
  });

  it('ignores pins that come from an SDK at runtime', () => {
    const findings = scan(
      'Dynamic.kt',
      [
        'val builder = CertificatePinner.Builder()',
        'for ((host, pins) in Approov.getPins("public-key-sha256")) {',
        '    for (pin in pins) builder.add(host, "sha256/$pin")',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

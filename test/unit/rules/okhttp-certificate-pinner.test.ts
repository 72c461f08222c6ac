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

describe(`${RULE} (builders, arrays and loops)`, () => {
  it('reads Java new String[]{} constants and builders held in a variable', () => {
    const findings = scan(
      'Factory.java',
      [
        'class Factory {',
        `  static final String[] PINS = new String[] { "${PIN_A}", "${PIN_B}" };`,
        '  CertificatePinner pinner() {',
        '    CertificatePinner.Builder b = new CertificatePinner.Builder();',
        '    b.add("sync.example.org", PINS);',
        '    return b.build();',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@5:7`]);
    assert.deepEqual(findings[0].pins, [PIN_A, PIN_B]);
  });

  it('reads companion object constants and qualified names', () => {
    const findings = scan(
      'Config.kt',
      [
        'class Config { companion object {',
        '    const val HOST = "api.example.com"',
        `    const val PIN = "${PIN_B}"`,
        '} }',
        'val p = CertificatePinner.Builder().add(Config.HOST, Config.PIN).build()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@5:37`]);
    assert.equal(findings[0].host, 'api.example.com');
  });

  it('resolves loop variables over constant pin lists (for, Java for-each, forEach with it)', () => {
    const kotlin = scan(
      'Loops.kt',
      [
        `private val PINS = listOf("${PIN_A}", "${PIN_B}")`,
        'fun pinner(): CertificatePinner {',
        '    val b = CertificatePinner.Builder()',
        '    for (pin in PINS) b.add("a.example.com", pin)',
        '    PINS.forEach { b.add("b.example.com", it) }',
        '    PINS.forEach { p -> b.add("c.example.com", p) }',
        '    return b.build()',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(kotlin), [`${RULE}@4:25`, `${RULE}@5:22`, `${RULE}@6:27`]);
    assert.deepEqual(kotlin[1].pins, [PIN_A, PIN_B]);
    const java = scan(
      'Loops.java',
      [
        `static final List<String> PINS = Arrays.asList("${PIN_A}");`,
        'void add(CertificatePinner.Builder b) {',
        '  for (final String pin : PINS) {',
        '    b.add("d.example.com", pin);',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(java), [`${RULE}@4:7`]);
    assert.deepEqual(java[0].pins, [PIN_A]);
  });

  it('does not resolve loop variables over runtime values', () => {
    const findings = scan(
      'Runtime.kt',
      [
        'fun pinner(pins: List<String>): CertificatePinner {',
        '    val b = CertificatePinner.Builder()',
        '    for (pin in pins) b.add("a.example.com", pin)',
        '    Approov.getPins("public-key-sha256").forEach { (host, list) -> list.forEach { b.add(host, "sha256/$it") } }',
        '    return b.build()',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

import { strict as assert } from 'node:assert';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import type { CodeLanguage } from '../../../server/src/engine/languages';

/** The decoded values of every string literal, and whether `marker` survives in the masked code. */
function lex(language: CodeLanguage, text: string) {
  const view = buildCodeView(text, language);
  assert.equal(view.masked.length, text.length, 'masking keeps offsets');
  assert.equal(view.masked.split('\n').length, text.split('\n').length, 'masking keeps lines');
  return { view, values: view.strings.map((s) => s.value) };
}

describe('code view (comments blanked, strings masked)', () => {
  it('blanks line and block comments, keeping code', () => {
    const { view } = lex('java', 'a(); // CertificatePinner\n/* CertificatePinner */ b();');
    assert.equal(view.masked.includes('CertificatePinner'), false);
    assert.match(view.masked, /a\(\);/);
    assert.match(view.masked, /b\(\);/);
    assert.equal(view.comments.length, 2);
  });

  it('handles Kotlin nested block comments and raw strings with templates', () => {
    const { view, values } = lex('kotlin', '/* a /* b */ still comment CertificatePinner */ val s = """raw \\n ${"x"} "q" """ ; add()');
    assert.equal(view.masked.includes('CertificatePinner'), false);
    assert.deepEqual(values, ['raw \\n ${"x"} "q" ', 'x'], 'sorted by start: the outer literal first');
    assert.match(view.masked, /add\(\)/);
  });

  it('keeps Kotlin template expressions as code and balanced', () => {
    const { view, values } = lex('kotlin', 'val u = "https://${host(1)}/v2"');
    assert.deepEqual(values, ['https://${host(1)}/v2']);
    assert.ok(view.strings[0].interpolated);
    assert.match(view.masked, /host\(1\)/);
    assert.equal(view.masked.split('{').length, view.masked.split('}').length);
  });

  it('reads Swift raw strings with extended delimiters and multi-line strings', () => {
    const { values } = lex('swift', 'let a = #"no \\(interp) "quotes" here"#\nlet b = """\n  multi "x"\n  """\nlet c = "a\\(f("b"))c"');
    assert.deepEqual(values, ['no \\(interp) "quotes" here', '\n  multi "x"\n  ', 'a${f("b")}c', 'b']);
  });

  it('reads Dart raw, triple-quoted and interpolated strings', () => {
    const { values, view } = lex('dart', "final a = r'\\d+$x'; final b = '''\nx\n'''; final c = \"${a} $b\"; // 'c'");
    assert.deepEqual(values, ['\\d+$x', '\nx\n', '${a} $b']);
    assert.equal(view.strings[2].interpolated, true);
    assert.equal(view.masked.includes("'c'"), false);
  });

  it('reads JS template strings and skips regex literals without losing strings', () => {
    const { values, view } = lex('typescript', 'const r = /"(x)"/g; const t = `a${"b"}c`; const d = a / b / c; const s = "z";');
    assert.deepEqual(values, ['a${"b"}c', 'b', 'z']);
    assert.match(view.masked, /a \/ b \/ c/);
  });

  it('reads C# verbatim, interpolated and raw string literals', () => {
    const { values } = lex('csharp', 'var a = @"C:\\dir""q"""; var b = $"x{y}z{{w}}"; var c = """\n raw "x"\n """; var d = $@"{p}\\q";');
    assert.deepEqual(values, ['C:\\dir"q"', 'x${y}z{w}', '\n raw "x"\n ', '${p}\\q']);
  });

  it('reads Objective-C @-strings, Go raw strings and Python prefixed strings', () => {
    assert.deepEqual(lex('objc', 'NSString *s = @"sha256/abc"; // @"x"').values, ['sha256/abc']);
    assert.deepEqual(lex('go', 'x := `raw\n"y"`; y := "a\\tb"').values, ['raw\n"y"', 'a\tb']);
    const py = lex('python', "a = r'\\d' # 'comment'\nb = f\"x{y}\"\nc = '''t\n'''");
    assert.deepEqual(py.values, ['\\d', 'x{y}', 't\n']);
    assert.equal(py.view.masked.includes('comment'), false);
  });

  it('stops an unterminated single-line string at the end of the line', () => {
    const { view, values } = lex('java', 'String s = "unterminated\nCertificatePinner p;');
    assert.deepEqual(values, ['unterminated']);
    assert.match(view.masked, /CertificatePinner p;/);
  });

  it('finds strings by offset and range', () => {
    const text = 'f("a", "b"); g("c")';
    const { view } = lex('java', text);
    assert.equal(view.stringAt(text.indexOf('"b"'))?.value, 'b');
    assert.equal(view.stringAt(text.indexOf('b"')), undefined);
    assert.deepEqual(view.stringsIn(0, text.indexOf(';')).map((s) => s.value), ['a', 'b']);
  });

  it('decodes escapes', () => {
    assert.deepEqual(lex('javascript', String.raw`x = "\u0041\x42\n\"" + '\u{1F600}'`).values, ['AB\n"', '😀']);
  });

  it('lexes a large file in linear time', () => {
    const text = 'val x = "a" // c\n'.repeat(100_000) + '"'.repeat(50_000);
    const started = process.hrtime.bigint();
    const view = buildCodeView(text, 'kotlin');
    assert.ok(view.strings.length >= 100_000);
    // Generous bound: only catches quadratic behaviour (which would take minutes), not speed.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 10_000);
  });
});

import { strict as assert } from 'node:assert';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import { callDeletion, wholeStatement, type JvmSource } from '../../../server/src/engine/rules/support/jvm-edits';
import { jvmCode } from '../../../server/src/engine/rules/support/jvm-syntax';

function source(text: string, language: 'java' | 'kotlin'): JvmSource {
  const view = buildCodeView(text, language);
  return { text, view, code: jvmCode(view), language };
}

/** The text after deleting the call named `name` (first occurrence, with its parentheses). */
function withoutCall(text: string, language: 'java' | 'kotlin', name: string, setterOnly = false): string | undefined {
  const src = source(text, language);
  const nameStart = text.indexOf(`${name}(`);
  let depth = 0;
  let end = nameStart + name.length;
  for (; end < text.length; end++) {
    if (text[end] === '(') depth++;
    if (text[end] === ')' && --depth === 0) break;
  }
  const range = callDeletion(src, { nameStart, end: end + 1 }, setterOnly);
  return range && text.slice(0, range.start) + text.slice(range.end);
}

describe('rules/support/jvm-edits', () => {
  it('deletes a call of a chain with its dot, on its own line, or joined to the line before when `;` follows', () => {
    const chain = 'val c = OkHttpClient.Builder()\n    .a(1)\n    .b(2)\n    .build()\n';
    assert.equal(withoutCall(chain, 'kotlin', 'b'), 'val c = OkHttpClient.Builder()\n    .a(1)\n    .build()\n');
    assert.equal(withoutCall('x = new B()\n    .a(1)\n    .b(2);\n', 'java', 'b'), 'x = new B()\n    .a(1);\n');
    assert.equal(withoutCall('return new B().a(1).b(2).build();', 'java', 'a'), 'return new B().b(2).build();');
  });

  it('deletes a statement whose only call it is, and the first call after a plain receiver with the dot after it', () => {
    assert.equal(withoutCall('{\n  builder.a(1);\n  builder.build();\n}', 'java', 'a'), '{\n  builder.build();\n}');
    assert.equal(withoutCall('{\n  builder.a(1).b(2);\n}', 'java', 'a'), '{\n  builder.b(2);\n}');
    assert.equal(withoutCall('{\n  return builder.a(1);\n}', 'java', 'a'), '{\n  return builder;\n}');
  });

  it('gives up on void setters that are not statements and on bodies of if without braces', () => {
    assert.equal(withoutCall('fun f() = HttpsURLConnection.setDefaultHostnameVerifier(v)\n', 'kotlin', 'setDefaultHostnameVerifier', true), undefined);
    assert.equal(withoutCall('{\n  if (debug) conn.setHostnameVerifier(v);\n}', 'java', 'setHostnameVerifier', true), undefined);
    assert.equal(withoutCall('if (debug)\n    conn.setHostnameVerifier(v)\n', 'kotlin', 'setHostnameVerifier', true), undefined);
  });

  it('tells whole Kotlin statements from continued expressions', () => {
    const text = 'val a = b\n    .c()\nd()\n';
    const src = source(text, 'kotlin');
    assert.equal(wholeStatement(src, text.indexOf('val'), text.indexOf('\n')), undefined);
    assert.deepEqual(wholeStatement(src, text.indexOf('d()'), text.indexOf('d()') + 3), { start: text.indexOf('d()'), end: text.indexOf('d()') + 3 });
  });
});

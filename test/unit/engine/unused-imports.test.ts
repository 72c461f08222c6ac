import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../../server/src/engine/findings';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { importsMadeUnused } from '../../../server/src/engine/fixes/unused-imports';

function apply(text: string, language: 'java' | 'kotlin', edits: TextEdit[]): string {
  const result = applyEdits(text, [...edits, ...importsMadeUnused(text, language, edits)]);
  assert.ok(result.ok);
  return result.text;
}

/** The edit deleting `code` (its first occurrence) from `text`. */
const deleting = (text: string, code: string): TextEdit => ({ start: text.indexOf(code), end: text.indexOf(code) + code.length, newText: '' });

describe('fixes/unused-imports', () => {
  it('deletes the imports only the deleted code used, and no import group leaves two blank lines', () => {
    const text = [
      'package a;',
      '',
      'import java.security.SecureRandom;',
      '',
      'import javax.net.ssl.SSLContext;',
      '',
      'import okhttp3.OkHttpClient;',
      '',
      'class A {',
      '  SSLContext c = make(new SecureRandom());',
      '  OkHttpClient client;',
      '}',
    ].join('\n');
    assert.equal(apply(text, 'java', [deleting(text, '  SSLContext c = make(new SecureRandom());\n')]), 'package a;\n\nimport okhttp3.OkHttpClient;\n\nclass A {\n  OkHttpClient client;\n}');
  });

  it('keeps imports still used elsewhere (in code or a Kotlin template), wildcard imports and imports unused before', () => {
    const text = 'import a.B\nimport a.C\nimport a.D\nimport e.*\n\nval b = B()\nval c = C()\nval s = "${B()}"\n';
    assert.equal(apply(text, 'kotlin', [deleting(text, 'val b = B()\nval c = C()\n')]), 'import a.B\nimport a.D\nimport e.*\n\nval s = "${B()}"\n');
  });

  it('claims the line of an import it uses less but still uses, so that two such fixes run in separate passes', () => {
    const text = 'import a.B;\nclass K { B x = B.one(); B y = B.two(); }';
    const edits = [deleting(text, 'B x = B.one(); ')];
    const extra = importsMadeUnused(text, 'java', edits);
    assert.deepEqual(extra, [{ start: 0, end: 'import a.B;'.length, newText: 'import a.B;' }]);
  });
});

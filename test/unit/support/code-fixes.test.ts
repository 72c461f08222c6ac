import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../../server/src/engine/findings';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import type { CodeLanguage } from '../../../server/src/engine/languages';
import { esImportsOf, removeImportSpecifiers } from '../../../server/src/engine/rules/support/code-fixes/js-imports';
import { listItemRemovals } from '../../../server/src/engine/rules/support/code-fixes/list-items';
import { orphanedDeclarationRemovals } from '../../../server/src/engine/rules/support/code-fixes/orphaned-declarations';
import { fitInsertions, mergeEdits, removeCode } from '../../../server/src/engine/rules/support/code-fixes/removal';
import { expressionStatement } from '../../../server/src/engine/rules/support/code-fixes/statements';

function apply(text: string, edits: readonly TextEdit[]): string {
  const result = applyEdits(text, edits);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

/** Removes the elements of the list opened by the first `open` character whose text matches `remove`. */
function removeItems(text: string, language: CodeLanguage, open: string, remove: RegExp): string {
  const view = buildCodeView(text, language);
  const start = view.masked.indexOf(open);
  const close = { '(': ')', '{': '}', '[': ']' }[open]!;
  let depth = 0;
  let end = start;
  for (; end < text.length; end++) {
    if (view.masked[end] === open) depth++;
    else if (view.masked[end] === close && --depth === 0) break;
  }
  const items = view.masked.slice(start + 1, end);
  const parts = items.split(',');
  const indexes = new Set<number>();
  let offset = 0;
  let index = 0;
  for (const part of parts) {
    if (part.trim() !== '') {
      if (remove.test(text.slice(start + 1 + offset, start + 1 + offset + part.length))) indexes.add(index);
      index++;
    }
    offset += part.length + 1;
  }
  return apply(text, listItemRemovals(text, view.masked, start, end, indexes, language === 'python' ? 'hash' : 'slash'));
}

describe('support/code-fixes', () => {
  describe('removeCode', () => {
    it('removes whole lines with the trailing comment and the comments directly above', () => {
      const text = 'a();\n\n// why\n// more\nb(); // note\nc();\n';
      const view = buildCodeView(text, 'javascript');
      const start = text.indexOf('b()');
      assert.equal(apply(text, [removeCode(text, view.masked, start, start + 4, { attachedComments: true })]), 'a();\n\nc();\n');
    });

    it('keeps the file header comment, and leaves no doubled blank line (LF and CRLF)', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = ['#!/usr/bin/env node', '// Seeds staging.', "process.env.X = '0';", '', 'main();', ''].join(eol);
        const view = buildCodeView(text, 'javascript');
        const start = text.indexOf('process');
        const end = text.indexOf(';', start) + 1;
        assert.equal(apply(text, [removeCode(text, view.masked, start, end, { attachedComments: true })]), ['#!/usr/bin/env node', '// Seeds staging.', '', 'main();', ''].join(eol));
      }
    });

    it('removes only the statement when others share its line', () => {
      const text = 'a(); b(); c();\n';
      const view = buildCodeView(text, 'javascript');
      assert.equal(apply(text, [removeCode(text, view.masked, 5, 9)]), 'a(); c();\n');
      assert.equal(apply(text, [removeCode(text, view.masked, 10, 14)]), 'a(); b();\n');
    });
  });

  describe('listItemRemovals', () => {
    it('inline lists: one separating comma goes, the brackets stay', () => {
      assert.equal(removeItems('f({ a: 1, x: 2, b: 3 });', 'javascript', '{', /x:/), 'f({ a: 1, b: 3 });');
      assert.equal(removeItems('f({ a: 1, x: 2 });', 'javascript', '{', /x:/), 'f({ a: 1 });');
      assert.equal(removeItems('f({ x: 2, a: 1 });', 'javascript', '{', /x:/), 'f({ a: 1 });');
      assert.equal(removeItems('f({ x: 2 });', 'javascript', '{', /x:/), 'f({});');
      assert.equal(removeItems('f(a, x=1, y=2, b)', 'python', '(', /[xy]=/), 'f(a, b)');
    });

    it('multi-line lists: whole lines go, and the trailing-comma style is kept', () => {
      assert.equal(removeItems('f(\n  a,\n  x=1,\n  b,\n)', 'python', '(', /x=/), 'f(\n  a,\n  b,\n)');
      assert.equal(removeItems('f(\n  a,\n  x=1\n)', 'python', '(', /x=/), 'f(\n  a\n)');
      assert.equal(removeItems('f(\r\n  a,\r\n  # why\r\n  x=1,  # note\r\n)', 'python', '(', /x=/), 'f(\r\n  a,\r\n)');
      assert.equal(removeItems('{\n  a: 1, x: 2,\n  b: 3,\n}', 'javascript', '{', /x:/), '{\n  a: 1,\n  b: 3,\n}');
    });
  });

  describe('expressionStatement', () => {
    const statement = (text: string, language: CodeLanguage, syntax: 'dart' | 'js' | 'go', expression: string): string | undefined => {
      const view = buildCodeView(text, language);
      const start = text.indexOf(expression);
      const span = expressionStatement(view, syntax, start, start + expression.length);
      return span && text.slice(span.start, span.end);
    };

    it('accepts a whole statement, with await and its semicolon, or a finished line in JS and Go', () => {
      assert.equal(statement('{\n  await x.f(1);\n}', 'dart', 'dart', 'x.f(1)'), 'await x.f(1);');
      assert.equal(statement('a()\nx.f(1)\nb()', 'javascript', 'js', 'x.f(1)'), 'x.f(1)');
      assert.equal(statement('func m() {\n\tc.X = true\n}', 'go', 'go', 'c.X = true'), 'c.X = true');
    });

    it('refuses if bodies without braces, arrow bodies, operands and continued lines', () => {
      assert.equal(statement('if (a) x.f(1);', 'dart', 'dart', 'x.f(1)'), undefined);
      assert.equal(statement('if (a)\n  x.f(1)\n', 'javascript', 'js', 'x.f(1)'), undefined);
      assert.equal(statement('const g = () => x.f(1);', 'javascript', 'js', 'x.f(1)'), undefined);
      assert.equal(statement('return x.f(1);', 'javascript', 'js', 'x.f(1)'), undefined);
      assert.equal(statement('a();\nx.f(1)\n  .then(g);', 'javascript', 'js', 'x.f(1)'), undefined);
      assert.equal(statement('{\n  x.f(1) // no semicolon\n}', 'dart', 'dart', 'x.f(1)'), undefined);
    });
  });

  describe('orphanedDeclarationRemovals', () => {
    it('removes private constants only the removed code used, following initializers', () => {
      const text = "const _a = 'x';\nconst _b = [_a];\nconst kPublic = 'y';\nvoid f() {\n  use(_b, kPublic);\n}\n";
      const view = buildCodeView(text, 'dart');
      const call = text.indexOf('use(');
      const edits = orphanedDeclarationRemovals(view, 'dart', [{ start: call, end: text.indexOf(';', call) + 1 }]);
      assert.equal(apply(text, edits), "const kPublic = 'y';\nvoid f() {\n  use(_b, kPublic);\n}\n");
    });

    it('keeps names used elsewhere (strings included), exported names and classic-script globals', () => {
      const cases: [string, CodeLanguage][] = [
        ["const _a = 'x';\nvoid f() => use(_a);\nvoid g() => print('$_a');\n", 'dart'],
        ["export const A = 'x';\nuse(A);\n", 'javascript'],
        ["var A = 'x';\nuse(A);\n", 'javascript'],
      ];
      for (const [text, language] of cases) {
        const view = buildCodeView(text, language);
        const call = text.indexOf('use(');
        assert.deepEqual(orphanedDeclarationRemovals(view, language === 'dart' ? 'dart' : 'js', [{ start: call, end: text.indexOf(')', call) + 1 }]), [], text);
      }
    });
  });

  describe('ES imports', () => {
    it('drops one specifier, or the whole statement when nothing else is imported', () => {
      const text = "import { fetch as pinned, getCookies } from 'react-native-ssl-pinning';\nimport { a } from 'b';\n";
      const view = buildCodeView(text, 'javascript');
      const [statement] = esImportsOf(view, 'react-native-ssl-pinning');
      assert.deepEqual(statement.specifiers, [{ imported: 'fetch', local: 'pinned' }, { imported: 'getCookies', local: 'getCookies' }]);
      assert.equal(apply(text, removeImportSpecifiers(view, statement, ['fetch'])), "import { getCookies } from 'react-native-ssl-pinning';\nimport { a } from 'b';\n");
      assert.equal(apply(text, removeImportSpecifiers(view, statement, ['fetch', 'getCookies'])), "import { a } from 'b';\n");
    });
  });

  describe('mergeEdits and fitInsertions', () => {
    it('merges deletions that overlap or touch, and refuses a replacement that overlaps', () => {
      assert.deepEqual(mergeEdits([{ start: 5, end: 9, newText: '' }, { start: 0, end: 6, newText: '' }, { start: 9, end: 12, newText: '' }]), [{ start: 0, end: 12, newText: '' }]);
      assert.equal(mergeEdits([{ start: 0, end: 6, newText: 'x' }, { start: 5, end: 9, newText: '' }]), undefined);
    });

    it('moves an import inserted after a deleted import line to the line before', () => {
      const text = "import 'a.dart';\nimport 'gone.dart';\n\nvoid main() {}\n";
      const gone = text.indexOf("import 'gone");
      const edits = fitInsertions(text, [
        { start: gone, end: gone + "import 'gone.dart';\n".length, newText: '' },
        { start: gone + "import 'gone.dart';".length, end: gone + "import 'gone.dart';".length, newText: "\nimport 'new.dart';" },
      ]);
      assert.equal(apply(text, edits), "import 'a.dart';\nimport 'new.dart';\n\nvoid main() {}\n");
    });
  });
});

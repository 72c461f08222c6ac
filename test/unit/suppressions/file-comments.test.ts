import { strict as assert } from 'node:assert';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import type { FileKind } from '../../../server/src/engine/languages';
import { fileCommentsOf, rangeAround } from '../../../server/src/engine/suppressions/file-comments';

function commentTexts(kind: FileKind, text: string): string[] {
  const layout = fileCommentsOf(kind, text, () => buildCodeView(text, kind as 'kotlin'));
  return (layout?.comments ?? []).map((c) => text.slice(c.bodyStart, c.bodyEnd).trim());
}

function opaqueAtLine(kind: FileKind, text: string, line: number): boolean {
  const layout = fileCommentsOf(kind, text, () => buildCodeView(text, kind as 'kotlin'))!;
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return rangeAround(layout.opaque, offset) !== undefined;
}

describe('comments per file kind', () => {
  it('XML: comments outside tags, CDATA and attribute values; markup is opaque', () => {
    const text = [
      '<?xml version="1.0"?>',
      '<!-- one -->',
      '<a title="<!-- not a comment -->">',
      '  <![CDATA[ <!-- not one either --> ]]>',
      '  <b',
      '     c="d"/>',
      '  <!-- two',
      '       lines -->',
      '</a>',
      '<!-- unterminated',
    ].join('\n');
    assert.deepEqual(commentTexts('xml', text), ['one', 'two\n       lines', 'unterminated']);
    assert.equal(opaqueAtLine('xml', text, 5), true); // inside <b …/>
    assert.equal(opaqueAtLine('xml', text, 7), true); // inside a comment
    assert.equal(opaqueAtLine('xml', text, 4), false);
  });

  it('YAML: `#` at a line start or after a blank, outside quoted and block scalars', () => {
    const text = [
      '# top',
      'a: b # trailing',
      'c: d#not',
      'e: "quoted # not"',
      "f: 'it''s # not'",
      "g: it's # yes",
      'h: "multi',
      '  # still the string"',
      'i: >-',
      '  # folded text',
      '',
      '  more',
      'j: k',
    ].join('\n');
    assert.deepEqual(commentTexts('yaml', text), ['top', 'trailing', 'yes']);
    assert.equal(opaqueAtLine('yaml', text, 7), true);
    assert.equal(opaqueAtLine('yaml', text, 9), true);
    assert.equal(opaqueAtLine('yaml', text, 11), true);
    assert.equal(opaqueAtLine('yaml', text, 12), false);
  });

  it('.env: `#` lines, and quoted values that span lines are opaque', () => {
    const text = ['# one', 'A=1 # part of the value for some loaders, not a comment line', 'KEY="-----BEGIN', '# inside the value', '-----END"', '  # two'].join('\n');
    assert.deepEqual(commentTexts('env', text), ['one', 'two']);
    assert.equal(opaqueAtLine('env', text, 3), true);
  });

  it('properties: `#` and `!` lines, not inside a continued value', () => {
    const text = ['# one', '! two', 'a=1\\', '# value', 'b=2\\\\', '# three'].join('\n');
    assert.deepEqual(commentTexts('properties', text), ['one', 'two', 'three']);
    assert.equal(opaqueAtLine('properties', text, 3), true);
  });

  it('code: the lexer\'s comments, block comment bodies without their delimiters', () => {
    assert.deepEqual(commentTexts('kotlin', 'val a = "// no" // yes\n/* block /* nested */ */\n'), ['yes', 'block /* nested */']);
    assert.deepEqual(commentTexts('python', 's = "# no"  # yes\n'), ['yes']);
  });

  it('reads unterminated constructs of adversarial size to the end without a hang', () => {
    assert.deepEqual(commentTexts('xml', '<a b="'.repeat(50_000) + '<!-- x'), ['x']);
    assert.deepEqual(commentTexts('env', 'A="' + 'x\\"'.repeat(50_000) + '\n# inside the open value'), []);
    assert.deepEqual(commentTexts('yaml', 'a: "' + ' #'.repeat(50_000)), []);
  });
});

import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import type { TextEdit } from '../../../server/src/engine/findings';
import {
  appendChildLines,
  attributeRemoval,
  commentsAbove,
  elementRemoval,
  elementRemovalWithComments,
  indentUnit,
  isSelfClosing,
} from '../../../server/src/engine/rules/support/xml-edits';
import { childElements, parseXml, type XmlElement } from '../../../server/src/engine/xml/xml-document';

function rootOf(text: string): XmlElement {
  const parsed = parseXml(text);
  assert.ok(parsed.root, 'fixture parses');
  return parsed.root;
}

function applied(text: string, edit: TextEdit): string {
  const result = applyEdits(text, [edit]);
  assert.ok(result.ok);
  return result.text;
}

describe('XML edits for quick fixes', () => {
  const config = [
    '<config>',
    '    <!-- user CAs for the proxy -->',
    '    <keep/>',
    '    <!-- pins of the API -->',
    '    <!-- rotate yearly -->',
    '    <pins a="1"/> <!-- trailing -->',
    '</config>',
    '',
  ].join('\n');

  it('removes an element with its own line, leaving a trailing comment alone', () => {
    const pins = childElements(rootOf(config), 'pins')[0];
    assert.equal(applied(config, elementRemoval(config, pins)), config.replace('<pins a="1"/>', ''));
    const keep = childElements(rootOf(config), 'keep')[0];
    assert.equal(applied(config, elementRemoval(config, keep)), config.replace('    <keep/>\n', ''));
  });

  it('removes an element with its trailing comment and the comments above it that it owns', () => {
    const pins = childElements(rootOf(config), 'pins')[0];
    const owned = applied(config, elementRemovalWithComments(config, pins, (c) => /pins|rotate/.test(c)));
    assert.equal(owned, ['<config>', '    <!-- user CAs for the proxy -->', '    <keep/>', '</config>', ''].join('\n'));
    const nearestOnly = applied(config, elementRemovalWithComments(config, pins, (c) => /rotate/.test(c)));
    assert.equal(nearestOnly, ['<config>', '    <!-- user CAs for the proxy -->', '    <keep/>', '    <!-- pins of the API -->', '</config>', ''].join('\n'));
    assert.deepEqual(commentsAbove(config, pins), ['<!-- pins of the API -->', '<!-- rotate yearly -->']);
  });

  it('removes an attribute with the space before it', () => {
    const pins = childElements(rootOf(config), 'pins')[0];
    assert.equal(applied(config, attributeRemoval(config, pins.attributes[0])), config.replace(' a="1"', ''));
  });

  it("tells the indentation step from the first child on a line of its own, else from the parent's line", () => {
    assert.equal(indentUnit(config, rootOf(config)), '    ');
    const sameLineFirst = '<config><a/>\n  <b/>\n</config>';
    assert.equal(indentUnit(sameLineFirst, rootOf(sameLineFirst)), '  ');
    const tabs = '<outer>\n\t<config><a/></config>\n</outer>';
    assert.equal(indentUnit(tabs, childElements(rootOf(tabs), 'config')[0]), '\t');
    const flat = '<config><a/></config>';
    assert.equal(indentUnit(flat, rootOf(flat)), '    ');
  });

  it('appends child lines before the end tag, and opens a self-closing parent', () => {
    const text = '<config>\n  <debug/>\n  <base>\n    <a/>\n  </base>\n</config>\n';
    const root = rootOf(text);
    const [debug] = childElements(root, 'debug');
    const [base] = childElements(root, 'base');
    assert.ok(isSelfClosing(text, debug));
    assert.ok(!isSelfClosing(text, base));
    assert.equal(applied(text, appendChildLines(text, base, '  ', ['<b/>', '', '<c/>'])), text.replace('    <a/>\n', '    <a/>\n    <b/>\n\n    <c/>\n'));
    assert.equal(applied(text, appendChildLines(text, debug, '  ', ['<x/>'])), text.replace('<debug/>', '<debug>\n    <x/>\n  </debug>'));
  });
});

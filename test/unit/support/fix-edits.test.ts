import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import { tidyLineRemovals } from '../../../server/src/engine/rules/support/apple-statements';
import { collectionRemovalEdits } from '../../../server/src/engine/rules/support/collection-edits';
import { splitArguments } from '../../../server/src/engine/rules/support/code-syntax';
import type { TextEdit } from '../../../server/src/engine';

function apply(text: string, edits: TextEdit[]): string {
  const result = applyEdits(text, edits);
  assert.ok(result.ok);
  return result.text;
}

/** Removes the elements at `indexes` of the first collection literal of a Swift snippet. */
function removeElements(text: string, indexes: number[]): string {
  const view = buildCodeView(text, 'swift');
  const open = view.masked.indexOf('[');
  const close = view.masked.lastIndexOf(']');
  const elements = splitArguments(view.masked, open, close);
  const edits = collectionRemovalEdits(view, open, indexes.map((i) => elements[i]), true);
  assert.ok(edits);
  return apply(text, edits);
}

describe('support/collection-edits', () => {
  it('removes inline elements with their separators, first, middle and last', () => {
    const text = 'let d = ["a": A(), "b": B(), "c": C()]';
    assert.equal(removeElements(text, [0]), 'let d = ["b": B(), "c": C()]');
    assert.equal(removeElements(text, [1]), 'let d = ["a": A(), "c": C()]');
    assert.equal(removeElements(text, [2]), 'let d = ["a": A(), "b": B()]');
    assert.equal(removeElements(text, [1, 2]), 'let d = ["a": A()]');
  });

  it('removes elements on lines of their own with those lines, and empties a Swift dictionary to [:]', () => {
    const text = 'let d = [\n    "a": A(),\n    "b": B(\n        x: 1\n    ),\n    "c": C()\n]';
    assert.equal(removeElements(text, [1]), 'let d = [\n    "a": A(),\n    "c": C()\n]');
    assert.equal(removeElements(text, [2]), 'let d = [\n    "a": A(),\n    "b": B(\n        x: 1\n    ),\n]');
    assert.equal(removeElements(text, [0, 1, 2]), 'let d = [:]');
  });
});

describe('support/apple-statements tidyLineRemovals', () => {
  const removeLines = (text: string, ...lines: string[]): TextEdit[] =>
    lines.map((line) => {
      const start = text.indexOf(line);
      return { start, end: start + line.length + 1, newText: '' };
    });

  it('leaves one blank line where two would meet, and none right after `{` or before `}`', () => {
    const text = 'func f() {\n    a()\n\n    b()\n\n    c()\n}\n';
    assert.equal(apply(text, tidyLineRemovals(text, removeLines(text, '    b()'))), 'func f() {\n    a()\n\n    c()\n}\n');
    assert.equal(apply(text, tidyLineRemovals(text, removeLines(text, '    a()'))), 'func f() {\n    b()\n\n    c()\n}\n');
    assert.equal(apply(text, tidyLineRemovals(text, removeLines(text, '    c()'))), 'func f() {\n    a()\n\n    b()\n}\n');
    assert.equal(apply(text, tidyLineRemovals(text, removeLines(text, '    a()', '    b()', '    c()'))), 'func f() {\n}\n');
  });

  it('keeps a blank line that another edit touches', () => {
    const text = 'a()\n\nb()\n\nc()\n';
    const insertion: TextEdit = { start: text.indexOf('\n\nc') + 1, end: text.indexOf('\n\nc') + 1, newText: 'x()\n' };
    const edits = tidyLineRemovals(text, [...removeLines(text, 'b()'), insertion]);
    assert.equal(apply(text, edits), 'a()\n\nx()\n\nc()\n');
  });
});

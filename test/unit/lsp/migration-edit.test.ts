import { strict as assert } from 'node:assert';
import { Scanner } from '../../../server/src/engine';
import { AnnotatedWorkspaceEdit, migrateText } from '../../../server/src/lsp/migration-edit';
import { applyLspEdits } from '../../helpers/lsp-edits';
import { fakeRule } from '../../helpers/fake-rules';

// rule-a removes `.certificatePinner(p)`, which leaves `val p` unused for rule-b (a second pass);
// rule-c rewrites the client rule-a left, merging with its edit; a secret rule is not part of a migration.
const RULES = [
  fakeRule('rule-a', ['kotlin'], 'certificatePinner', /\.certificatePinner\(p\)/, (m) => [{ start: m.index, end: m.index + m[0].length, newText: '' }]),
  fakeRule('rule-b', ['kotlin'], 'val p', /val p = pinner\(\)\n/, (m, text) => (text.includes('(p)') ? [] : [{ start: m.index, end: m.index + m[0].length, newText: '' }])),
  fakeRule('rule-c', ['kotlin'], 'builder', /builder\(\)\.build\(\)/, (m) => [{ start: m.index, end: m.index + m[0].length, newText: 'Sdk.client()' }], 'tls'),
  fakeRule('secret-x', ['kotlin'], 'KEY', /"KEY"/, (m) => [{ start: m.index, end: m.index + m[0].length, newText: 'fetch()' }], 'secret'),
];
const scanner = new Scanner({}, RULES);
const scan = (text: string) => scanner.scan('Api.kt', text);
const TEXT = 'val p = pinner()\nval c = builder().certificatePinner(p).build()\nval k = "KEY"\n';

describe('lsp/migration-edit', () => {
  it('migrates pin and tls findings of a text over several passes, edits labelled with their rules', () => {
    const migrated = migrateText(TEXT, scan);
    assert.ok('edits' in migrated);
    assert.deepEqual(
      migrated.edits.map((e) => [TEXT.slice(e.start, e.end), e.newText, e.ruleIds]),
      [
        ['val p = pinner()\n', '', ['rule-b']],
        ['builder().certificatePinner(p).build()', 'Sdk.client()', ['rule-a', 'rule-c']],
      ],
    );
    assert.deepEqual([...migrated.fixesByRule], [['rule-a', 1], ['rule-b', 1], ['rule-c', 1]]);
  });

  it('builds one document edit per file and one annotation per rule (or rules fixed together), all needing confirmation', () => {
    const edit = new AnnotatedWorkspaceEdit();
    for (const [uri, version] of [['file:///a/Api.kt', 7], ['file:///a/Other.kt', null]] as const) {
      const migrated = migrateText(TEXT, scan);
      assert.ok('edits' in migrated);
      edit.addFile(uri, version, TEXT, migrated.edits, migrated.fixesByRule);
    }
    const summary = edit.summary();
    assert.equal(summary.files, 2);
    assert.equal(summary.fixes, 6);
    assert.deepEqual(summary.rules, [
      { ruleId: 'rule-a', title: 'rule-a', fixes: 2, files: 2 },
      { ruleId: 'rule-b', title: 'rule-b', fixes: 2, files: 2 },
      { ruleId: 'rule-c', title: 'rule-c', fixes: 2, files: 2 },
    ]);
    assert.deepEqual(summary.edit?.changeAnnotations, {
      'rule-b': { label: 'rule-b', description: 'rule-b: 2 fixes in 2 files', needsConfirmation: true },
      'rule-a+rule-c': { label: 'rule-a + rule-c', description: 'rule-a, rule-c: 2 changes made by fixes of these rules together', needsConfirmation: true },
    });
    const [first, second] = summary.edit!.documentChanges as any[];
    assert.deepEqual(first.textDocument, { uri: 'file:///a/Api.kt', version: 7 });
    assert.deepEqual(second.textDocument, { uri: 'file:///a/Other.kt', version: null });
    assert.deepEqual(first.edits.map((e: any) => e.annotationId), ['rule-b', 'rule-a+rule-c']);
    assert.equal(applyLspEdits(TEXT, first.edits), 'val c = Sdk.client()\nval k = "KEY"\n');
  });

  it('has no edit when nothing is migrated', () => {
    const summary = new AnnotatedWorkspaceEdit().summary();
    assert.deepEqual(summary, { files: 0, fixes: 0, rules: [] });
  });
});

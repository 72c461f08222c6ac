import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ALL_RULES, isBinaryKind, isLiveRule, isWorkspaceRule } from '../../server/src/engine';
import { renderRuleDocs, withReadmeRuleTable } from '../../scripts/rule-docs';
import { repoPath } from '../helpers/paths';

describe('project consistency', () => {
  it('docs/rules.md is generated from the current rules (run `npm run docs`)', () => {
    assert.equal(readFileSync(repoPath('docs', 'rules.md'), 'utf8'), renderRuleDocs());
  });

  it('every rule has a unique kebab-case id, docs with why and what to do, and keywords', () => {
    const ids = new Set<string>();
    for (const rule of ALL_RULES) {
      const { meta } = rule;
      assert.match(meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(!ids.has(meta.id), `duplicate id ${meta.id}`);
      ids.add(meta.id);
      assert.match(meta.docs, /\*\*Why it matters\.\*\*/);
      assert.match(meta.docs, /\*\*What to do\.\*\*/);
      // Rules fed by other rules' pin reports, workspace and live rules, and certificate-file rules need no keywords.
      const needsKeywords = !rule.checkPins && !isWorkspaceRule(rule) && !isLiveRule(rule) && !meta.fileKinds.some(isBinaryKind);
      if (needsKeywords) assert.ok(meta.keywords.length > 0 && meta.fileKinds.length > 0, meta.id);
    }
  });

  it('the README lists every rule with a docs link (run `npm run docs`)', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    assert.equal(readme, withReadmeRuleTable(readme));
    for (const { meta } of ALL_RULES) assert.ok(readme.includes(`(docs/rules.md#${meta.id})`), `README lacks ${meta.id}`);
  });

  it('the extension manifest activates on its languages, not on *', () => {
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    assert.equal(manifest.activationEvents.includes('*'), false);
    for (const language of ['kotlin', 'java', 'swift', 'objective-c', 'dart', 'javascript', 'typescript', 'csharp', 'xml', 'plist', 'groovy']) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    }
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(commands.includes('pinHygiene.restartServer'));
    assert.equal(manifest.main, './dist/extension.js');
  });
});

/** `npm run docs`: writes docs/rules.md and the rule table of README.md from the rule modules. */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleDocs, withReadmeRuleTable } from './rule-docs';

writeFileSync('docs/rules.md', renderRuleDocs());
writeFileSync('README.md', withReadmeRuleTable(readFileSync('README.md', 'utf8')));
console.log('Wrote docs/rules.md and the rule table of README.md');

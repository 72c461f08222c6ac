/** `npm run docs`: writes docs/rules.md. */
import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs';

writeFileSync('docs/rules.md', renderRuleDocs());
console.log('Wrote docs/rules.md');

/** Renders docs/rules.md from the rules' own metadata, so the docs can never drift from the code. */
import { ALL_RULES, type Rule } from '../server/src/engine';

const CATEGORY_TITLES: Record<string, string> = {
  pin: 'Hardcoded pins (`pin`)',
  tls: 'Disabled or weakened TLS verification (`tls`)',
  secret: 'Embedded secrets (`secret`)',
  'pin-health': 'Health of the pins themselves (`pin-health`)',
};

export function renderRuleDocs(rules: readonly Rule[] = ALL_RULES): string {
  const out: string[] = [
    '# Pin Hygiene rules',
    '',
    '<!-- Generated from the rule modules by `npm run docs`; do not edit by hand. -->',
    '',
    'Each problem Pin Hygiene reports links here through its rule id. Change a rule\'s severity or turn it off with the `pinHygiene.rules` setting or `pin-hygiene scan --rule ID=LEVEL`.',
    '',
    '| Rule | Category | Default severity | Quick fix |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.category} | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : 'no'} |`),
    '',
  ];
  for (const category of Object.keys(CATEGORY_TITLES)) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (inCategory.length === 0) continue;
    out.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const rule of inCategory) {
      const m = rule.meta;
      out.push(
        `<a id="${m.id}"></a>`,
        `### ${m.id}`,
        '',
        `${m.title}. Category \`${m.category}\`, default severity \`${m.severity}\`, ${m.fixable ? 'has a quick fix' : 'no automatic fix'}.` +
          ` Files: ${m.fileKinds.join(', ')}.` +
          (m.aliases?.length ? ` Same check as ${m.aliases.map((a) => `\`${a}\``).join(', ')} in Android Lint.` : ''),
        '',
        m.docs,
        '',
      );
    }
  }
  return out.join('\n');
}

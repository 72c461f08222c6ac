/** Made-up rules with fixes, for tests of the fix machinery independent of the real rules' fixes. */
import type { Category, Rule, RuleContext, TextEdit } from '../../server/src/engine';

/** Every match of `pattern` is a finding of `id` whose one (preferred) fix is `edits(match, text)`. */
export function fakeRule(
  id: string,
  kinds: Rule['meta']['fileKinds'],
  keyword: string,
  pattern: RegExp,
  edits: (m: RegExpExecArray, text: string) => TextEdit[],
  category: Category = 'pin',
): Rule {
  return {
    meta: { id, title: `Title of ${id}`, category, severity: 'warning', fileKinds: kinds, keywords: [keyword], fixable: true, docs: '' },
    detect(context: RuleContext) {
      const regex = new RegExp(pattern.source, 'g');
      for (let m = regex.exec(context.text); m; m = regex.exec(context.text)) {
        context.report({ start: m.index, end: m.index + m[0].length, message: id, fixes: [{ title: `fix ${id}`, preferred: true, edits: edits(m, context.text) }] });
      }
    },
  };
}

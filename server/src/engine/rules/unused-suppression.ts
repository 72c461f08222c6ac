import type { Rule } from '../rule';
import { SUPPRESSIBLE_KINDS } from '../suppressions/suppressible-kinds';
import { DIRECTIVE_PREFIX } from '../suppressions/directives';

/** A `pin-hygiene-ignore-next-line` / `pin-hygiene-ignore-line` comment that silences nothing. */
export const unusedSuppression: Rule = {
  meta: {
    id: 'unused-suppression',
    title: 'Suppression comment that silences nothing',
    category: 'suppression',
    severity: 'info',
    fileKinds: SUPPRESSIBLE_KINDS,
    keywords: [DIRECTIVE_PREFIX],
    fixable: true,
    docs: [
      'Flags a suppression comment (`pin-hygiene-ignore-next-line <rule-id>: <reason>` or `pin-hygiene-ignore-line …`, see the README, "Suppressing a finding") that names a rule with no finding to silence on the line it covers, or a rule that never checks this kind of file. When only some of its rule ids are unused, each of those is flagged on its own. A rule turned off in the settings (`pinHygiene.rules`, `--rule ID=off`) is not judged: whether the suppression is needed cannot be told while the rule does not run.',
      '',
      '**Why it matters.** A suppression outlives the code it was written for: once the finding is fixed or the code moves, the comment stays and silently hides whatever that rule later finds on the line below it, such as a real pin or a trust-all manager pasted in during debugging.',
      '',
      '**What to do.** Remove it. The quick fix deletes the comment (with its line when it is alone on it), or only the unused rule id from a list; it is applied by fix-all and `pin-hygiene scan --fix` too.',
    ].join('\n'),
  },
  detect() {
    // Reported by the scanner once every rule of the file has run (see suppressions/honour.ts).
  },
};

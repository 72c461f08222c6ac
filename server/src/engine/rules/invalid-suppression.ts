import type { Rule } from '../rule';
import { DIRECTIVE_PREFIX } from '../suppressions/directives';
import { SUPPRESSIBLE_KINDS } from '../suppressions/suppressible-kinds';

/** A suppression comment that names an unknown rule, gives no reason, or is misspelt. */
export const invalidSuppression: Rule = {
  meta: {
    id: 'invalid-suppression',
    title: 'Suppression comment without a reason, or naming an unknown rule',
    category: 'suppression',
    severity: 'warning',
    fileKinds: SUPPRESSIBLE_KINDS,
    keywords: [DIRECTIVE_PREFIX],
    fixable: false,
    docs: [
      'Flags suppression comments that do not do what their author meant: a rule id that is not a Pin Hygiene rule (a typo silences nothing), a rule that cannot be suppressed with a comment (`pin-cross-platform-mismatch` and the `pin-live-*` rules, whose findings are made across the workspace or against live servers, and the suppression rules themselves), a directive that names no rule, a `pin-hygiene-ignore…` word that is neither `pin-hygiene-ignore-next-line` nor `pin-hygiene-ignore-line`, and a suppression without a reason after a colon (or still carrying the placeholder `TODO say why this is safe` that the "Suppress …" quick fix writes). A suppression without a reason still silences the rules it names; this finding is what makes the missing reason visible.',
      '',
      '**Why it matters.** A suppression turns off a security check for one place. Without a reason, reviewers cannot tell a considered exception (a test-only host, a pin managed by another process) from a finding silenced to get a build through; with a misspelt id, the finding the author meant to silence is still there, or the one they did not mean to keep is.',
      '',
      '**What to do.** Name existing rule ids (`pin-hygiene rules` lists them), separated by commas, and write why the finding is safe after a colon: `// pin-hygiene-ignore-next-line okhttp-certificate-pinner: staging host, pins rotated by the platform team`. Turn workspace-level and live rules off in the settings instead.',
    ].join('\n'),
  },
  detect() {
    // Reported by the scanner once every rule of the file has run (see suppressions/honour.ts).
  },
};

/**
 * Values that stand in for a secret rather than being one: template markers, resource and
 * variable references, masked or repeated characters, and words that say "not a real key".
 */

/** References and template syntax: the value is read from somewhere else. */
const REFERENCE = /\$\{|\$\(|\{\{|%\(|^@(?:string|android:string)\/|^\?attr\/|^<[^>]*>$|^%[sd@]$|^env\(|^process\.env|^BuildConfig\./;

const WORDS = 'your|example|sample|dummy|placeholder|changeme|change_me|replace|insert|redacted|fake|mock|notreal|not_a_real|invalid|todo';
/** Words that mark documentation examples, tests and placeholders (case-insensitive). */
const MARKER_WORDS = new RegExp(WORDS, 'i');
/** In long values (PEM bodies, JWTs) a word must stand apart, or random base64 would hit one by chance. */
const MARKER_WORDS_APART = new RegExp(`(?:^|[^A-Za-z0-9])(?:${WORDS})(?![a-z])`, 'i');
const LONG = 120;

/**
 * The same character 6+ times in a row (`xxxxxx`, `000000`, `******`), or a run of the alphabet.
 * Not for long values: DER inside PEM bodies has runs of `A` by design.
 */
const REPEATS = /(.)\1{5,}|abcdefgh|ABCDEFGH|12345678|0123456789/;

/** Whether `value` (the secret without its fixed prefix) is a placeholder, not a key. */
export function isPlaceholder(value: string): boolean {
  if (value.length > LONG) return REFERENCE.test(value) || MARKER_WORDS_APART.test(value);
  return REFERENCE.test(value) || MARKER_WORDS.test(value) || REPEATS.test(value);
}

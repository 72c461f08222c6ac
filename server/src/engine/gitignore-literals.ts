/**
 * A cheap first test for .gitignore files: what a path must contain for any of the file's
 * (ignoring) patterns to match it. Most paths of a tree contain none of it, and then the `ignore`
 * package, which tries each pattern's regex in turn, need not be asked.
 *
 * A pattern with a segment without `*` (plain characters, `?`, `[…]` classes) matches only paths
 * with a folder or file whose whole name that segment matches; otherwise its longest run of
 * characters between wildcards and slashes must occur somewhere in the path (or in the parent
 * folder it matches, which the path holds). Both are tried with one case-insensitive regex, as
 * `ignore` compares. Negated patterns never make a path ignored and give nothing. A pattern with an
 * escape, a character past ASCII or a bracket that is not a plain class, or one of `*` and slashes
 * only, makes the test say yes to every path.
 */

/** A class of one or more characters, possibly negated (`[abc]`, `[!a-z]`, `[^0-9]`). */
const CLASS = /\[([!^]?)([^\][/]+)\]/g;

/** A test that is false only for paths (relative to the .gitignore's folder) no pattern can ignore; undefined: ask for every path. */
export function gitignoreLiterals(content: string): ((relativePath: string) => boolean) | undefined {
  const alternatives = new Set<string>();
  for (const line of content.split(/\r?\n/)) {
    const pattern = line.replace(/ +$/, ''); // gitignore drops trailing spaces
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    if (/[\\]|[^\x20-\x7e]/.test(pattern) || /[[\]]/.test(pattern.replace(CLASS, ''))) return undefined;
    const whole = pattern
      .split('/')
      .filter((segment) => segment !== '' && !segment.includes('*'))
      .reduce((a, b) => (b.replace(CLASS, '?').length > a.replace(CLASS, '?').length ? b : a), '');
    if (whole !== '') {
      alternatives.add(`(?:^|/)${segmentSource(whole)}(?:/|$)`);
      continue;
    }
    const word = pattern
      .replace(CLASS, '?')
      .split(/[*?/]+/)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    if (word === '') return undefined;
    alternatives.add(escape(word));
  }
  if (alternatives.size === 0) return () => false;
  const any = new RegExp([...alternatives].join('|'), 'i');
  return (relativePath) => any.test(relativePath);
}

/** A regex for one path segment without `*`: `?` is any one character, classes stay classes. */
function segmentSource(segment: string): string {
  let source = '';
  let last = 0;
  for (const m of segment.matchAll(CLASS)) {
    source += escapeWithAnyOne(segment.slice(last, m.index)) + `[${m[1] ? '^' : ''}${m[2].replace(/[\\^]/g, '\\$&')}]`;
    last = m.index! + m[0].length;
  }
  return source + escapeWithAnyOne(segment.slice(last));
}

function escapeWithAnyOne(text: string): string {
  return text.split('?').map(escape).join('[^/]');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

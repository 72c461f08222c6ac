/**
 * A cheap first test for .gitignore files: what a path must contain for any of the file's
 * (ignoring) patterns to match it. Most paths of a tree contain none of it, and then the `ignore`
 * package, which tries each pattern's regex in turn, need not be asked.
 *
 * Every segment of a pattern (between slashes) but `**` matches one whole folder or file name
 * of whatever the pattern matches, which is the path or a parent folder of it. So each pattern
 * gives the regex of its most specific segment (`*` any characters but `/`, `?` one, `[…]` a
 * class), anchored at name boundaries, and all of them are tried at once, case-insensitively as
 * `ignore` compares. Negated patterns never make a path ignored and give nothing. A pattern with
 * an escape, a character past ASCII or a bracket that is not a plain class, or with no segment
 * that names at least one character, makes the test say yes to every path.
 */

/** A class of one or more characters, possibly negated (`[abc]`, `[!a-z]`, `[^0-9]`). */
const CLASS = /\[([!^]?)([^\][/]+)\]/g;

/** A test that is false only for paths (relative to the .gitignore's folder) no pattern can ignore; undefined: ask for every path. */
export function gitignorePrefilter(content: string): ((relativePath: string) => boolean) | undefined {
  const alternatives = new Set<string>();
  for (const line of content.split(/\r?\n/)) {
    const pattern = line.replace(/ +$/, ''); // gitignore drops trailing spaces
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    if (/[\\]|[^\x20-\x7e]/.test(pattern) || /[[\]]/.test(pattern.replace(CLASS, ''))) return undefined;
    const literalLength = (segment: string): number => segment.replace(CLASS, '').replace(/[*?]/g, '').length;
    const segment = pattern
      .split('/')
      .filter((s) => s !== '')
      .reduce((a, b) => (literalLength(b) > literalLength(a) ? b : a), '');
    if (literalLength(segment) === 0) return undefined;
    alternatives.add(`(?:^|/)${segmentSource(segment)}(?:/|$)`);
  }
  if (alternatives.size === 0) return () => false;
  const any = new RegExp([...alternatives].join('|'), 'i');
  return (relativePath) => any.test(relativePath);
}

/** A regex for one path segment: `*` any characters but `/`, `?` one, classes stay classes. */
function segmentSource(segment: string): string {
  let source = '';
  let last = 0;
  for (const m of segment.matchAll(CLASS)) {
    source += wildcards(segment.slice(last, m.index)) + `[${m[1] ? '^' : ''}${m[2].replace(/[\\^]/g, '\\$&')}]`;
    last = m.index! + m[0].length;
  }
  return source + wildcards(segment.slice(last));
}

function wildcards(text: string): string {
  return text
    .split(/(\*+|\?)/)
    .map((part) => (part === '?' ? '[^/]' : part.startsWith('*') ? '[^/]*' : part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
}

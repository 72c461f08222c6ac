/**
 * A cheap first test for .gitignore files, made for a walk that never enters an ignored folder:
 * whether any (ignoring) pattern of the file can match a path whose parent folders are not
 * ignored. Most paths match none, and then the `ignore` package, which tries each pattern's regex
 * in turn, need not be asked.
 *
 * As gitignore reads patterns: one without a slash but at its end matches a name at any depth, so
 * it is tried on the path's last name only (a parent it matched would have been ignored); one with
 * a slash at its start or in its middle matches the whole path from the .gitignore's folder, so it
 * is tried there, anchored. `*` is any characters but `/`, `?` one, `[…]` a class, compared
 * case-insensitively as `ignore` compares. A pattern with `**` gives its most specific segment,
 * tried on every name of the path. Negated patterns never make a path ignored and give nothing.
 * A pattern with an escape, a character past ASCII or a bracket that is not a plain class, or with
 * no segment that names at least one character, makes the test say yes to every path.
 */

/** A class of one or more characters, possibly negated (`[abc]`, `[!a-z]`, `[^0-9]`). */
const CLASS = /\[([!^]?)([^\][/]+)\]/g;

/**
 * A test that is false only for paths (relative to the .gitignore's folder, parent folders not
 * ignored) that no pattern can ignore; undefined: ask for every path.
 */
export function gitignorePrefilter(content: string): ((relativePath: string) => boolean) | undefined {
  const names = new Set<string>();
  const paths = new Set<string>();
  const anySegment = new Set<string>();
  for (const line of content.split(/\r?\n/)) {
    const pattern = line.replace(/ +$/, ''); // gitignore drops trailing spaces
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    if (/[\\]|[^\x20-\x7e]/.test(pattern) || /[[\]]/.test(pattern.replace(CLASS, ''))) return undefined;
    const literalLength = (segment: string): number => segment.replace(CLASS, '').replace(/[*?]/g, '').length;
    const body = pattern.replace(/\/$/, ''); // a trailing slash only says "folders"
    const segments = body.split('/');
    if (literalLength(body.replace(/\//g, '')) === 0) return undefined;
    if (body.includes('**') || segments.slice(1).includes('')) {
      const segment = segments.filter((s) => s !== '').reduce((a, b) => (literalLength(b) > literalLength(a) ? b : a), '');
      anySegment.add(segmentSource(segment));
    } else if (!body.includes('/')) {
      names.add(segmentSource(body));
    } else {
      paths.add(segments.filter((s, i) => i > 0 || s !== '').map(segmentSource).join('/'));
    }
  }
  const tests: ((relativePath: string) => boolean)[] = [];
  if (names.size > 0) {
    const name = new RegExp(`^(?:${[...names].join('|')})$`, 'i');
    tests.push((relativePath) => name.test(relativePath.slice(relativePath.lastIndexOf('/') + 1)));
  }
  if (paths.size > 0) {
    const path = new RegExp(`^(?:${[...paths].join('|')})(?:/|$)`, 'i');
    tests.push((relativePath) => path.test(relativePath));
  }
  if (anySegment.size > 0) {
    // Name boundaries around all of them at once: the alternatives are tried only where a name starts.
    const segment = new RegExp(`(?:^|/)(?:${[...anySegment].join('|')})(?:/|$)`, 'i');
    tests.push((relativePath) => segment.test(relativePath));
  }
  if (tests.length === 0) return () => false;
  return (relativePath) => tests.some((test) => test(relativePath));
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

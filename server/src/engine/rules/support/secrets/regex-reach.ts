/**
 * How far from where a match attempt starts a regex can read: the longest match, plus what its
 * lookarounds read, counted as if they consumed it (never too little). Infinity when unbounded
 * (`*`, `+`, `{n,}`, back-references). For the bounded detector regexes (see detectors.ts), which
 * have no `u` or `v` flag: the source is read as JavaScript reads it without them.
 */
export function regexReach(source: string): number {
  let at = 0;

  const alternation = (): number => {
    let longest = sequence();
    while (source[at] === '|') {
      at++;
      longest = Math.max(longest, sequence());
    }
    return longest;
  };

  const sequence = (): number => {
    let total = 0;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const length = atom();
      const times = quantifier();
      if (length > 0 && times > 0) total += length * times;
    }
    return total;
  };

  const atom = (): number => {
    const c = source[at++];
    if (c === '^' || c === '$') return 0;
    if (c === '(') {
      // (?: (?= (?! (?<= (?<! (?<name> or a plain group: whatever it holds, once.
      if (source[at] === '?') {
        at++;
        if (source[at] === '<' && source[at + 1] !== '=' && source[at + 1] !== '!') at = source.indexOf('>', at) + 1;
        else at += source[at] === '<' ? 2 : 1;
      }
      const inner = alternation();
      if (source[at] !== ')') throw new Error(`regexReach: unbalanced group in /${source}/`);
      at++;
      return inner;
    }
    if (c === '[') {
      // As JavaScript reads a class: `]` right after `[` or `[^` closes it (`[]`, `[^]`).
      if (source[at] === '^') at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      at++;
      return 1;
    }
    if (c === '\\') {
      const e = source[at++];
      if (/[1-9k]/.test(e)) return Infinity; // a back-reference: as long as what it refers to
      if (e === 'b' || e === 'B') return 0;
      // Without the digits they take, `\x`, `\u` and `\c` stand for the letter alone (the rest is read on).
      if (e === 'x' && /^[0-9a-fA-F]{2}/.test(source.slice(at, at + 2))) at += 2;
      else if (e === 'u' && /^[0-9a-fA-F]{4}/.test(source.slice(at, at + 4))) at += 4;
      else if (e === 'c' && /^[A-Za-z]/.test(source[at] ?? '')) at += 1;
      return 1;
    }
    return 1;
  };

  const quantifier = (): number => {
    const c = source[at];
    let times = 1;
    if (c === '*' || c === '+') {
      at++;
      times = Infinity;
    } else if (c === '?') {
      at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) return 1; // a literal {
      at += m[0].length;
      times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return 1;
    }
    if (source[at] === '?') at++; // lazy
    return times;
  };

  const reach = alternation();
  if (at !== source.length) throw new Error(`regexReach: unbalanced group in /${source}/`);
  return reach;
}

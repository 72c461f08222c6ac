import { strict as assert } from 'node:assert';
import { SECRET_DETECTORS } from '../../../../server/src/engine/rules/support/secrets/detectors';
import { regexReach } from '../../../../server/src/engine/rules/support/secrets/regex-reach';
import { random } from '../../../helpers/random';

describe('regexReach (how far a detector regex reads from where it starts)', () => {
  it('adds up literals, classes, escapes and bounded quantifiers; takes the longest branch', () => {
    assert.equal(regexReach('abc'), 3);
    assert.equal(regexReach('a{2,5}b?'), 6);
    assert.equal(regexReach('[a-z\\]]{3}\\d\\.'), 5);
    assert.equal(regexReach('(?:ab|cde){2}x'), 7);
    assert.equal(regexReach('(?<secret>ab)|\\u0041\\x41'), 2);
    assert.equal(regexReach('x{0}y{3}?'), 3);
    assert.equal(regexReach('^\\bab$'), 2);
    assert.equal(regexReach('a{,2}'), 5); // not a quantifier: the literal characters `{,2}`
  });

  it('reads classes and escapes as JavaScript does', () => {
    assert.equal(regexReach('[^]{50}[a]'), 51); // `[^]` is any character, `[]` none
    assert.equal(regexReach('[]a'), 2);
    assert.equal(regexReach('\\xzz'), 3); // no hex digits: the letter x, then zz
    assert.equal(regexReach('\\uzzzz'), 5);
    assert.equal(regexReach('\\u0041\\x41\\cJ'), 3);
    assert.equal(regexReach('\\u{3}'), 3); // without the u flag: u three times
  });

  it('counts what lookarounds read, and says Infinity for unbounded regexes', () => {
    assert.equal(regexReach('[a-z]{3}(?![a-z])'), 4);
    assert.equal(regexReach('(?<![a-z])ab'), 3);
    for (const source of ['a*', 'a+b', '(?:ab){2,}', '(a)\\1', '(?<n>a)\\k<n>']) assert.equal(regexReach(source), Infinity, source);
  });

  it('is finite for every keyword-anchored detector', () => {
    for (const detector of SECRET_DETECTORS.filter((d) => d.matchStartsAtKeyword)) {
      assert.ok(Number.isFinite(regexReach(detector.regex.source)), detector.id);
    }
  });

  it('is never shorter than a match of a keyword-anchored detector', () => {
    // Matches as long as the generator can make them: the reach bounds each.
    const next = random(41);
    const pick = (items: readonly string[]): string => items[Math.floor(next() * items.length)];
    const pieces = ['aws', 'AWS', 'secret', 'Secret', 'Azure', 'storage', 'key', 'Key', '_', '.', '-', 'x', '://', 'user', ':', '@', 'host.example.com', ' ', '\t', '=', '"', "'", '\\"', '</key>', '\n', '<string>', '>', 'A'.repeat(40), 'B'.repeat(86) + '==', 'AccountKey='];
    let longest = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let p = 2 + Math.floor(next() * 12); p > 0; p--) text += pick(pieces);
      for (const detector of SECRET_DETECTORS.filter((d) => d.matchStartsAtKeyword)) {
        const m = new RegExp(detector.regex.source, 'g').exec(text);
        if (!m) continue;
        longest = Math.max(longest, m[0].length);
        assert.ok(m[0].length <= regexReach(detector.regex.source), `${detector.id}: ${JSON.stringify(m[0])}`);
      }
    }
    assert.ok(longest > 100, `the generator made no long match (longest ${longest})`);
  });
});

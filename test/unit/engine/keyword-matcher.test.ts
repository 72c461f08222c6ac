import { strict as assert } from 'node:assert';
import { ALL_RULES } from '../../../server/src/engine';
import { KeywordMatcher } from '../../../server/src/engine/keyword-matcher';
import { random } from '../../helpers/random';

/** What the matcher must find: every group one of whose keywords the text contains. */
function naive(groups: readonly (readonly string[])[], text: string): number[] {
  return groups.flatMap((keywords, i) => (keywords.some((k) => text.includes(k)) ? [i] : []));
}

describe('KeywordMatcher (the scanner prefilter)', () => {
  const groups = [['CertificatePinner'], ['PRIVATE KEY'], ['key', 'Key', 'KEY'], ['SK'], ['://'], ['~']];
  const matcher = new KeywordMatcher(groups);

  it('finds every group whose keyword occurs, in text and in bytes alike', () => {
    const text = 'val pinner = CertificatePinner.Builder() // see https://example.com';
    assert.deepEqual(matcher.groupsInText(text), [0, 4]);
    assert.deepEqual(matcher.groupsInBytes(Buffer.from(text)), [0, 4]);
    assert.deepEqual(matcher.groupsInText('nothing to see'), []);
    assert.deepEqual(matcher.groupsInBytes(Buffer.from('')), []);
  });

  it('counts a keyword that only occurs inside a longer one', () => {
    assert.deepEqual(matcher.groupsInText('-----BEGIN PRIVATE KEY-----'), [1, 2]);
  });

  it('finds keywords at the very start and end, two-byte and one-byte keywords included', () => {
    assert.deepEqual(matcher.groupsInText('SK'), [3]);
    assert.deepEqual(matcher.groupsInBytes(Buffer.from('aSK')), [3]);
    assert.deepEqual(matcher.groupsInText('~'), [5]);
    assert.deepEqual(matcher.groupsInBytes(Buffer.from('KEY')), [2]);
    assert.deepEqual(matcher.groupsInText('KE'), []);
  });

  it('finds ASCII keywords next to non-ASCII characters, in UTF-8 bytes as in the decoded text', () => {
    const text = 'é key ü SK€ 日本://';
    assert.deepEqual(matcher.groupsInText(text), [2, 3, 4]);
    assert.deepEqual(matcher.groupsInBytes(Buffer.from(text, 'utf8')), [2, 3, 4]);
    // A two-byte keyword followed by a character past Latin-1.
    assert.deepEqual(matcher.groupsInText('SK日'), [3]);
  });

  it('rejects keywords it cannot match exactly', () => {
    assert.throws(() => new KeywordMatcher([['clé']]), /printable ASCII/);
    assert.throws(() => new KeywordMatcher([['']]), /printable ASCII/);
  });

  it('finds each keyword at every offset of a longer text, odd and even, up to the very end', () => {
    const ruleGroups = ALL_RULES.map((r) => r.meta.keywords);
    const all = new KeywordMatcher(ruleGroups);
    for (const keyword of ['SK', '://', 'key', 'CertificatePinner', 'onReceivedSslError', 'xoxb-', 'AccountKey=']) {
      for (let before = 0; before < 12; before++) {
        for (let after = 0; after < 4; after++) {
          const text = '.'.repeat(before) + keyword + '.'.repeat(after);
          const expected = naive(ruleGroups, text);
          assert.ok(expected.length > 0);
          assert.deepEqual(all.groupsInBytes(Buffer.from(text)), expected, JSON.stringify(text));
          assert.deepEqual(all.groupsInText(text), expected, JSON.stringify(text));
        }
      }
    }
  });

  it('records where the keywords of the groups asked for start, as a substring search finds them', () => {
    const recorded = new KeywordMatcher([['key', 'Key'], ['://', 'AccountKey=', 'Account'], ['SK']], [1, 0]);
    const starts = (text: string, keywords: readonly string[]): number[] => {
      const found = new Set<number>();
      for (const k of keywords) for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) found.add(at);
      return [...found].sort((a, b) => a - b);
    };
    const pieces = ['key', 'Key', 'ke', '://', ':/', 'AccountKey=', 'Account', 'SK', 'é', '日', ' ', 'x'];
    const next = random(31);
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let p = 1 + Math.floor(next() * 14); p > 0; p--) text += pieces[Math.floor(next() * pieces.length)];
      const latin1 = Buffer.from(text, 'utf8').toString('latin1'); // byte offsets are offsets in this view
      const match = recorded.match(Buffer.from(text, 'utf8'));
      assert.deepEqual(match.offsetsOf(0), starts(latin1, ['key', 'Key']), JSON.stringify(text));
      assert.deepEqual(match.offsetsOf(1), starts(latin1, ['://', 'AccountKey=', 'Account']), JSON.stringify(text));
      assert.equal(match.offsetsOf(2), undefined);
      assert.deepEqual(match.groups, naive([['key', 'Key'], ['://', 'AccountKey=', 'Account'], ['SK']], text));
    }
    assert.throws(() => new KeywordMatcher([['~']], [0]), /one-character/);
  });

  it('agrees with a plain substring search for the rules keywords on random text', () => {
    const ruleGroups = ALL_RULES.map((r) => r.meta.keywords);
    const all = new KeywordMatcher(ruleGroups);
    const pieces = [...new Set(ruleGroups.flat())].flatMap((k) => [k, k.slice(0, -1), k.slice(1)]);
    const filler = ['a', ' ', '\n', '"', 'é', '日', 'K', 'S', 'k', ':', '/', 'e', 'y'];
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 12);
      for (let p = 0; p < parts; p++) text += next() < 0.3 ? pieces[Math.floor(next() * pieces.length)] : filler[Math.floor(next() * filler.length)];
      const expected = naive(ruleGroups, text);
      assert.deepEqual(all.groupsInText(text), expected, JSON.stringify(text));
      assert.deepEqual(all.groupsInBytes(Buffer.from(text, 'utf8')), expected, JSON.stringify(text));
    }
  });
});

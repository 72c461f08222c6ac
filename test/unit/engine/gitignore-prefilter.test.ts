import { strict as assert } from 'node:assert';
import ignore from 'ignore';
import { gitignorePrefilter } from '../../../server/src/engine/gitignore-prefilter';
import { random } from '../../helpers/random';

describe('gitignore prefilter (a first test before the ignore package)', () => {
  it('tries names on the last name, anchored patterns on the whole path, ** patterns on every name, in any case', () => {
    const may = gitignorePrefilter('# build output\n/build/\n*.iml\n!keep.iml\nlocal.properties  \n**/captures/**\nout\napp/gen/*.java\n')!;
    assert.equal(may('app/src/Main.kt'), false);
    assert.equal(may('BUILD'), true);
    assert.equal(may('app/build'), false, '/build is anchored at the .gitignore folder');
    assert.equal(may('app/rebuild'), false, 'a plain name matches whole names only');
    assert.equal(may('app/out/x.kt'), false, 'a parent the name matched would have been ignored, so only the last name counts');
    assert.equal(may('app/gen/R.java'), true);
    assert.equal(may('lib/app/gen/R.java'), false);
    assert.equal(may('layout/about.xml'), false);
    assert.equal(may('app/out'), true);
    assert.equal(may('App.IML'), true);
    assert.equal(may('a/captures/b'), true);
    assert.equal(may('keep.kt'), false, 'negated patterns give no word');
    const suffixes = gitignorePrefilter('*.a\nlib*\n')!;
    assert.equal(suffixes('com.android/App.kt'), false, '*.a matches names ending in .a only');
    assert.equal(suffixes('x/libfoo'), true);
    assert.equal(suffixes('x/mylib/y.kt'), false);
    assert.equal(suffixes('out/native.A'), true);
  });

  it('reads character classes and ? in names, and as wildcards in words', () => {
    const may = gitignorePrefilter('*.[Cc]ache\n[._]*.s[a-w][a-z]\n[._]s[a-w][a-z]\n*~\nIcon?\n')!;
    assert.equal(may('app/src/Main.kt'), false);
    assert.equal(may('app/src/sync.kt'), false, 'a name pattern matches whole names only');
    assert.equal(may('x/Build.CACHE'), true);
    assert.equal(may('.main.swp'), true);
    assert.equal(may('a/_swo'), true);
    assert.equal(may('notes.txt~'), true);
    assert.equal(may('res/Iconic/x.png'), false);
    assert.equal(may('res/Icon\r'), true);
  });

  it('gives up (asks for every path) on patterns it cannot read plainly', () => {
    assert.equal(gitignorePrefilter('*.log\n[Bb]uild\n[unclosed\n'), undefined);
    assert.equal(gitignorePrefilter('[]a]\n'), undefined);
    assert.equal(gitignorePrefilter('[[:alpha:]]\n'), undefined);
    assert.equal(gitignorePrefilter('foo\\ bar\n'), undefined);
    assert.equal(gitignorePrefilter('caf\u00e9\n'), undefined);
    assert.equal(gitignorePrefilter('*\n'), undefined);
    assert.equal(gitignorePrefilter('**/\n'), undefined);
    assert.equal(gitignorePrefilter('# only comments\n\n')!('anything'), false);
  });

  it('never says no for a path the ignore package ignores while its parent folders are not (generated patterns and paths)', () => {
    const parts = ['build', 'Build', 'rebuild', 'out', 'layout', 'gen', 'a', 'src', '.idea', 'x.iml', 'local.properties', 'node_modules', 'Pods', 'b-c', 'd_e', 'a b', 'out\t', '.swp', '_sxz', 'Icon', 'Icon^', 'a.c', 'abc', 'a-c'];
    const wild = ['*', '**', '?', '*.iml', 'bu*ld', '*out*', '[Bb]uild', '[!a]', '*.[io]ml', 'x~', '#a', 'a b', 'out\t', 'out ', '[._]s[a-w][a-z]', 'Icon?', 'a?c', 'a[.-]c', '[^b]bc', '.s[!a]?', 'a.c', '*.a', 'b*', 'a**c', '*c'];
    const next = random(5);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    let ignored = 0;
    for (let round = 0; round < 300; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
        const segments = Array.from({ length: 1 + Math.floor(next() * 3) }, () => (next() < 0.3 ? pick(wild) : pick(parts)));
        return `${next() < 0.2 ? '!' : ''}${next() < 0.3 ? '/' : ''}${segments.join('/')}${next() < 0.3 ? '/' : ''}`;
      });
      const content = patterns.join('\n');
      const rules = ignore().add(content);
      const may = gitignorePrefilter(content);
      for (let p = 0; p < 30; p++) {
        const names = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(parts));
        const path = names.join('/');
        // As in a walk: a path under an ignored folder is never asked about.
        if (names.slice(0, -1).some((_, i) => rules.ignores(names.slice(0, i + 1).join('/') + '/'))) continue;
        for (const candidate of [path, path + '/']) {
          if (!rules.ignores(candidate)) continue;
          ignored++;
          assert.ok(may === undefined || may(candidate.replace(/\/$/, '')), `${JSON.stringify(content)} ignores ${candidate}`);
        }
      }
    }
    assert.ok(ignored > 150, `only ${ignored} ignored paths generated`);
  });
});

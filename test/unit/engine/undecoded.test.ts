import { strict as assert } from 'node:assert';
import { isAscii } from 'node:buffer';
import { decodeText, reasonToSkip, reasonToSkipUndecoded, scanFileBytes, Scanner, fileKindOf } from '../../../server/src/engine';
import { KeywordMatcher } from '../../../server/src/engine/keyword-matcher';
import { SECRET_DETECTORS } from '../../../server/src/engine/rules/support/secrets/detectors';
import { mayMatchAtKeywords, rawMatches } from '../../../server/src/engine/rules/support/secrets/matches';
import { FAKE } from '../../helpers/fake-secrets';
import { random } from '../../helpers/random';

/** Files that no rule needs to read are never decoded: what is told from their bytes must be what the decoded text tells. */
describe('files judged before decoding', () => {
  it('tells the same reason to skip from the bytes as from the decoded text', () => {
    const next = random(53);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const pieces: Buffer[] = ['a', 'line\n', 'é', '日本', '😀', '\0', '\n'].map((s) => Buffer.from(s, 'utf8'));
    pieces.push(Buffer.from([0xc3]), Buffer.from([0xff]), Buffer.from([0xef, 0xbb, 0xbf])); // cut, invalid, a BOM mid-text
    let skipped = 0;
    for (let round = 0; round < 400; round++) {
      const parts: Buffer[] = [];
      if (next() < 0.2) parts.push(Buffer.from([0xef, 0xbb, 0xbf]));
      // Long runs too, around the 8 KiB binary probe and the 64 KiB minified threshold.
      for (let p = Math.floor(next() * 8); p > 0; p--) {
        const piece = pick(pieces);
        const times = next() < 0.3 ? 1 + Math.floor(next() * 30_000) : 1;
        if (piece.includes(0) && times > 1) continue;
        parts.push(Buffer.concat(Array.from({ length: Math.min(times, 30_000) }, () => piece)));
      }
      const bytes = Buffer.concat(parts);
      const maxLength = pick([4 * 1024 * 1024, 100, 70_000]);
      const read = decodeText(bytes);
      const expected = read.skipped ?? reasonToSkip(read.text!, maxLength);
      assert.equal(reasonToSkipUndecoded(bytes, maxLength), expected, `round ${round}: ${bytes.length} bytes`);
      if (expected) skipped++;
    }
    assert.ok(skipped > 50, `only ${skipped} generated files are skipped; the generator tests too little`);
  });

  it('never rules out a keyword-anchored detector whose regex matches the text, from the latin1 view of its bytes', () => {
    const anchored = SECRET_DETECTORS.filter((d) => d.matchStartsAtKeyword);
    assert.ok(anchored.length >= 3);
    const next = random(59);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const pieces = [
      'https://', '://', 'deploy', 'user', ':', FAKE.password, '@', 'ci.example.com', '/', `https://deploy:${FAKE.password}@ci.example.com`, `://usé:${FAKE.password}@`, `://usà:${FAKE.password}@x`, `://deploy:${FAKE.password}`, 'é', '日本', '😀', '\u00a0', '\u2028', ' ', '\n',
      'aws', 'AWS', 'Secret', 'secret', 'Access', 'Key', '_', '"', '=', ': ', FAKE.awsSecret, 'aws_secret_access_key = "', 'AWS_SECRET', 'awsSecret: ', `aws_secret_access_key = "${FAKE.awsSecret}`, `AWS_SECRET_KEY: '${FAKE.awsSecret}'`, 'Azure', 'storage', 'AccountKey=', FAKE.azure, `AccountKey=${FAKE.azure}`, `azure_storage_key = '${FAKE.azure}'`, '</key>', '<string>',
    ];
    const matched = new Map<string, number>();
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let p = 2 + Math.floor(next() * 10); p > 0; p--) text += pick(pieces);
      const bytes = Buffer.from(text, 'utf8');
      const view = bytes.toString('latin1');
      for (const detector of anchored) {
        const expected = rawMatches(detector, text).length > 0;
        const offsets = new KeywordMatcher([detector.keywords], [0]).match(bytes).offsetsOf(0);
        // On the text itself the answer is exact; on the view it may only err towards yes.
        assert.equal(mayMatchAtKeywords(detector, text, true), expected, `${detector.id}: ${JSON.stringify(text)}`);
        if (expected) {
          assert.ok(mayMatchAtKeywords(detector, view, isAscii(bytes), offsets), `${detector.id} (view): ${JSON.stringify(text)}`);
          assert.ok(mayMatchAtKeywords(detector, view, isAscii(bytes)), `${detector.id} (view, offsets searched): ${JSON.stringify(text)}`);
          matched.set(detector.id, (matched.get(detector.id) ?? 0) + 1);
        }
      }
    }
    for (const detector of anchored) assert.ok((matched.get(detector.id) ?? 0) >= 20, `${detector.id}: only ${matched.get(detector.id) ?? 0} generated texts match`);
  });

  it('does not judge from the view a detector whose regex reads before its keyword', () => {
    const boundary = { ...SECRET_DETECTORS.find((d) => d.id === 'secret-basic-auth-url')!, regex: /\b:\/\/([a-z]{3,5})@h/ };
    const text = 'https://abcd@hé';
    assert.equal(rawMatches(boundary, text).length, 1);
    assert.equal(mayMatchAtKeywords(boundary, Buffer.from(text, 'utf8').toString('latin1'), false), true);
  });

  it('finds the same in a file scanned from its bytes as in its decoded text, non-ASCII and all', () => {
    const scanner = new Scanner();
    const next = random(61);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const common = [
      ' ', '\n', '"', "'", 'é', '日本', '\u00a0', '\u2028', '😀', 'val apiKey = ', 'token: ', `"${FAKE.generic}"`, FAKE.generic, 'https://', `deploy:${FAKE.password}@ci.example.com`,
      'aws_secret_access_key = ', `"${FAKE.awsSecret}"`, 'AccountKey=', FAKE.azure, 'storage', 'key', 'CertificatePinner', 'sha256/', 'x'.repeat(70),
    ];
    const shapes: Record<string, string[]> = {
      'App.kt': ['fun f() {', '}', '// ', '/* ', ' */', '"""', `val apiKey = "${FAKE.generic}"\n`, `val url = "https://deploy:${FAKE.password}@ci.example.com"\n`],
      'config.json': ['{', '}', '"apiKey": ', '"url": ', '[', ']', ',', `"apiKey": "${FAKE.generic}"`, `"url": "https://deploy:${FAKE.password}@ci.example.com"`],
      'strings.xml': ['<resources>', '</resources>', '<string name="api_key">', '</string>', '<item value="', '"/>', `<string name="api_key">${FAKE.generic}</string>`],
      'app.yaml': ['api_key: ', '- ', 'k: ', `\napi_key: ${FAKE.generic}\n`],
      'Info.plist': ['<dict>', '</dict>', '<key>ApiKey</key>', '<string>', '</string>', `<key>ApiKey</key><string>${FAKE.generic}</string>`],
    };
    let withFindings = 0;
    for (const [file, extra] of Object.entries(shapes)) {
      const kind = fileKindOf(file)!;
      for (let round = 0; round < 150; round++) {
        let text = '';
        for (let p = 2 + Math.floor(next() * 16); p > 0; p--) text += pick(next() < 0.5 ? extra : common);
        const fromBytes = scanFileBytes(Buffer.from(text, 'utf8'), file, kind, scanner);
        const fromText = scanner.scanKind(file, text, kind);
        assert.deepEqual(fromBytes, fromText, `${file}: ${JSON.stringify(text)}`);
        if (fromText.findings.length > 0) withFindings++;
      }
    }
    assert.ok(withFindings > 100, `only ${withFindings} generated files have findings; the generator tests too little`);
  });
});

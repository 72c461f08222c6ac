import { strict as assert } from 'node:assert';
import { SECRET_DETECTORS } from '../../../server/src/engine/rules/support/secrets/detectors';
import { rawMatches } from '../../../server/src/engine/rules/support/secrets/matches';
import { random } from '../../helpers/random';

describe('secret detectors tried only at their keywords', () => {
  const anchored = SECRET_DETECTORS.filter((d) => d.matchStartsAtKeyword);

  it('are the detectors with common keywords, and every one of their test matches starts at a keyword', () => {
    assert.deepEqual(anchored.map((d) => d.id).sort(), ['secret-aws-secret-access-key', 'secret-azure-storage-key', 'secret-basic-auth-url']);
  });

  it('find exactly what a search at every position finds (generated text around keywords and values)', () => {
    const next = random(11);
    const value86 = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSktMTU5PUFFS==';
    const names = ['AccountKey=', 'azureKey', 'AzureStorageKey', 'STORAGE_KEY', 'storage.key', 'aws_secret', 'AWS_SECRET_ACCESS_KEY', 'AwsSecretKey', 'https://user', 'ftp://a', '://'];
    const separators = ['', ' = "', '": "', '=', ': ', '">', ':', "='"];
    const values = [value86, value86.slice(0, 40), 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d', 'p4ssw0rd@example.com', 's3cr3t@host.example', 'short'];
    const junk = ['"', ' ', '\n', '.', '-', '@', ':', 'key', 'Secret', 'aws', 'azure', '://', 'x'];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const pieces = { next: (): string => (next() < 0.5 ? pick(names) + pick(separators) + pick(values) : pick(junk)) };
    let found = 0;
    for (let round = 0; round < 1500; round++) {
      let text = '';
      const parts = 2 + Math.floor(next() * 14);
      for (let p = 0; p < parts; p++) text += pieces.next();
      for (const detector of anchored) {
        const everywhere = rawMatches({ ...detector, matchStartsAtKeyword: undefined }, text);
        assert.deepEqual(rawMatches(detector, text), everywhere, `${detector.id}: ${JSON.stringify(text)}`);
        found += everywhere.length;
      }
    }
    assert.ok(found > 100, `only ${found} matches generated`);
  });
});

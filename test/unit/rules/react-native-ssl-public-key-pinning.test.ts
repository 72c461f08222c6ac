import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'react-native-ssl-public-key-pinning';
const A = 'Fe9tfy2MGGiPogY8ISmd+F/X1B63/lgoCxe7AYsVFFk=';
const B = 'OUV22kwhQI8TjsS8jkX3uB2krN4uqY1v3oljOfJhmAQ=';

describe(RULE, () => {
  it('reports each pinned host with its pins, resolving constants', () => {
    const findings = scan(
      'src/pinning.ts',
      [
        `const BACKUP = '${B}';`,
        'await initializeSslPinning({',
        "  'api.example.com': {",
        `    publicKeyHashes: ['${A}', BACKUP],`,
        '  },',
        `  cdn: { includeSubdomains: true, publicKeyHashes: ['${B}'] },`,
        '});',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:3`, `${RULE}@6:3`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.deepEqual(findings[0].pins, [`sha256/${A}`, `sha256/${B}`]);
    assert.equal(findings[1].host, 'cdn');
  });

  it('ignores hashes from runtime configuration', () => {
    const findings = scan(
      'src/remote.ts',
      'await initializeSslPinning({ [remote.host]: { publicKeyHashes: remote.hashes } });\n// publicKeyHashes: [\'' + A + '\']',
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

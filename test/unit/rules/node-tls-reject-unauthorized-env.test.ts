import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'node-tls-reject-unauthorized-env';

describe(RULE, () => {
  it('reports assignments to process.env in code', () => {
    const findings = scan(
      'scripts/seed.js',
      ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;"].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:13`, `${RULE}@2:13`]);
  });

  it('reports .env lines and ignores comments and 1', () => {
    const findings = scan('.env', ['# NODE_TLS_REJECT_UNAUTHORIZED=0', 'NODE_TLS_REJECT_UNAUTHORIZED=1', 'export NODE_TLS_REJECT_UNAUTHORIZED="0"'].join('\n'));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:8`]);
  });

  it('reports YAML environment entries but not commented ones', () => {
    const findings = scan(
      'docker-compose.yml',
      ['services:', '  api:', '    environment:', '      - NODE_TLS_REJECT_UNAUTHORIZED=0', '      # - NODE_TLS_REJECT_UNAUTHORIZED=0'].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:9`]);
  });

  it('reports package.json scripts and JSON env maps', () => {
    const findings = scan(
      'package.json',
      ['{', '  "scripts": { "seed": "NODE_TLS_REJECT_UNAUTHORIZED=0 node seed.js", "safe": "NODE_TLS_REJECT_UNAUTHORIZED=1 node x.js" },', '  "env": { "NODE_TLS_REJECT_UNAUTHORIZED": "0" }', '}'].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:25`, `${RULE}@3:13`]);
  });

  it('ignores reads, deletes and the value 1 in code', () => {
    const findings = scan(
      'src/check.ts',
      [
        "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();",
        'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;',
        "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

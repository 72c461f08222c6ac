import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'node-reject-unauthorized-false';

describe(RULE, () => {
  it('reports object options, quoted keys and assignments', () => {
    const findings = scan(
      'server/agent.js',
      [
        'const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });',
        "const ws = new WebSocket(url, { 'rejectUnauthorized': false });",
        'options.rejectUnauthorized = false;',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:50`, `${RULE}@2:33`, `${RULE}@3:9`]);
    assert.equal(findings[0].category, 'tls');
  });

  it('ignores expressions, true, comparisons and types', () => {
    const findings = scan(
      'server/db.ts',
      [
        "const ssl = { rejectUnauthorized: process.env.NODE_ENV !== 'development' };",
        'const strict = { rejectUnauthorized: true };',
        'if (opts.rejectUnauthorized === false) warn();',
        'interface T { rejectUnauthorized?: boolean }',
        '// const agent = new https.Agent({ rejectUnauthorized: false });',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'react-native-ssl-pinning-disable-all-security';

describe(RULE, () => {
  it('reports disableAllSecurity: true', () => {
    const findings = scan('src/a.ts', "fetch(url, {\n  method: 'GET',\n  disableAllSecurity: true,\n});");
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:3`]);
    assert.equal(findings[0].category, 'tls');
  });

  it('ignores false, __DEV__ guards and strings', () => {
    const findings = scan(
      'src/b.js',
      [
        'fetch(url, { disableAllSecurity: false });',
        'if (__DEV__) {',
        '  fetch(url, { disableAllSecurity: true });',
        '}',
        "const help = 'disableAllSecurity: true';",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'cordova-http-nocheck-mode';

describe(RULE, () => {
  it('reports nocheck in Ionic promise style and legacy acceptAllCerts(true)', () => {
    const findings = scan(
      'src/app/api.service.ts',
      [
        'async configure() {',
        "  await this.http.setServerTrustMode('nocheck');",
        '}',
        'cordovaHTTP.acceptAllCerts(true, ok, fail);',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:19`, `${RULE}@4:13`]);
    assert.equal(findings[0].severity, 'error');
  });

  it('ignores default mode, acceptAllCerts(false) and comments', () => {
    const findings = scan(
      'www/js/x.js',
      ["http.setServerTrustMode('default', ok, fail);", 'cordovaHTTP.acceptAllCerts(false, ok, fail);', "// http.setServerTrustMode('nocheck')"].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'cordova-http-pinned-mode';

describe(RULE, () => {
  it('reports callback, promise and legacy styles', () => {
    const findings = scan(
      'www/js/index.js',
      [
        "cordova.plugin.http.setServerTrustMode('pinned', ok, fail);",
        "const MODE = 'pinned';",
        'await this.http.setServerTrustMode(MODE);',
        'cordovaHTTP.enableSSLPinning(true, ok, fail);',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:21`, `${RULE}@3:17`, `${RULE}@4:13`]);
    assert.equal(findings[0].category, 'pin');
  });

  it('ignores other modes, runtime choices and disabled pinning', () => {
    const findings = scan(
      'src/app.ts',
      [
        "this.http.setServerTrustMode('default');",
        "this.http.setServerTrustMode(prod ? 'pinned' : 'default');",
        'cordovaHTTP.enableSSLPinning(false, ok, fail);',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

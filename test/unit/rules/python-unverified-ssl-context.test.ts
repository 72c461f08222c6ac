import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'python-unverified-ssl-context';

describe(RULE, () => {
  it('reports unverified contexts and CERT_NONE settings', () => {
    const findings = scan(
      'legacy.py',
      [
        'ssl._create_default_https_context = ssl._create_unverified_context',
        'ctx.verify_mode = ssl.CERT_NONE',
        'ws = create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE})',
        'pool = urllib3.PoolManager(cert_reqs="CERT_NONE")',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:41`, `${RULE}@2:23`, `${RULE}@3:54`, `${RULE}@4:38`]);
  });

  it('ignores comparisons, CERT_REQUIRED and comments', () => {
    const findings = scan(
      'safe.py',
      [
        'if ctx.verify_mode == ssl.CERT_NONE:',
        '    raise RuntimeError()',
        'ctx.verify_mode = ssl.CERT_REQUIRED',
        '# ctx = ssl._create_unverified_context()',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });

  it("reports urllib3's short cert_reqs='NONE' and leaves other NONE strings and CERT_REQUIRED alone", () => {
    const findings = scan(
      'pools.py',
      [
        "pool = urllib3.connection_from_url(url, cert_reqs='NONE')",
        'proxy = urllib3.proxy_from_url(url, cert_reqs = "NONE", retries=3)',
        "pool = urllib3.connection_from_url(url, cert_reqs='CERT_REQUIRED')",
        "mode = 'NONE'",
        "log_level = settings.get('level', 'NONE')",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:51`, `${RULE}@2:49`]);
  });
});

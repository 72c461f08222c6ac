import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'python-verify-false';

describe(RULE, () => {
  it('reports keyword arguments, session attributes and kwargs dictionaries', () => {
    const findings = scan(
      'sync.py',
      [
        'r = requests.get(url, timeout=5, verify=False)',
        'session.verify = False',
        'client = httpx.Client(',
        '    verify = False,',
        ')',
        "opts = {'verify': False}",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:34`, `${RULE}@2:9`, `${RULE}@4:5`, `${RULE}@6:9`]);
  });

  it('ignores True, CA bundles, parameter defaults, comparisons and comments', () => {
    const findings = scan(
      'safe.py',
      [
        'requests.get(url, verify=True)',
        'requests.get(url, verify=CA_BUNDLE)',
        'def fetch(url, verify=False):',
        '    return session.verify == False',
        '# requests.get(url, verify=False)',
        's = "requests.get(url, verify=False)"',
        'verify = False',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'react-native-ssl-pinning';
const PIN = 'sha256/mowz0bDLngVxnwUGk69NLDGgcDxRhblcz7xZp54f7t4=';

describe(RULE, () => {
  it('reports bundled certificate names with the host of the fetch URL', () => {
    const findings = scan(
      'src/api.js',
      [
        "const BASE = 'https://api.example.com';",
        'export const get = (id) => fetch(`${BASE}/items/${id}`, {',
        "  method: 'GET',",
        "  sslPinning: { certs: ['api_2025', 'api_2026'] },",
        '});',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:3`]);
    assert.equal(findings[0].host, 'api.example.com');
    assert.equal(findings[0].pins, undefined);
    assert.match(findings[0].message, /`api_2025`, `api_2026`/);
  });

  it('reports public-key pins when pkPinning is true', () => {
    const findings = scan(
      'src/pay.ts',
      `fetch('https://pay.example.com/v1', { pkPinning: true, sslPinning: { certs: ['${PIN}'] } });`,
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@1:56`]);
    assert.deepEqual(findings[0].pins, [PIN]);
    assert.equal(findings[0].host, 'pay.example.com');
  });

  it('ignores empty or runtime cert lists and comments', () => {
    const findings = scan(
      'src/safe.ts',
      [
        "fetch(url, { sslPinning: { certs: [] }, disableAllSecurity: false });",
        'fetch(url, { sslPinning: { certs: await loadCertNames() } });',
        "// fetch(url, { sslPinning: { certs: ['old'] } })",
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

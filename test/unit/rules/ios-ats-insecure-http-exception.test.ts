import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-ats-insecure-http-exception';

function plist(domains: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSAppTransportSecurity</key>',
    '\t<dict>',
    '\t\t<key>NSExceptionDomains</key>',
    '\t\t<dict>',
    domains,
    '\t\t</dict>',
    '\t</dict>',
    '</dict>',
    '</plist>',
  ].join('\n');
}

describe(RULE, () => {
  it('reports each insecure-HTTP exception key for a real domain', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '\t\t\t<key>legacy.example.com</key>',
          '\t\t\t<dict>',
          '\t\t\t\t<key>NSIncludesSubdomains</key><true/>',
          '\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>',
          '\t\t\t\t<true/>',
          '\t\t\t</dict>',
          '\t\t\t<key>ads.partner.example</key>',
          '\t\t\t<dict><key>NSThirdPartyExceptionAllowsInsecureHTTPLoads</key><true/></dict>',
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), [`${RULE}@11:5`, `${RULE}@15:10`]);
    assert.match(findings[0].message, /`legacy\.example\.com` and its subdomains/);
    assert.equal(findings[0].category, 'tls');
  });

  it('ignores local hosts, false values and other exception keys', () => {
    const findings = scan(
      'Info.plist',
      plist(
        [
          '\t\t\t<key>localhost</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><true/></dict>',
          '\t\t\t<key>printer.local</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><true/></dict>',
          '\t\t\t<key>192.168.1.20</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><true/></dict>',
          '\t\t\t<key>api.example.com</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><false/><key>NSExceptionRequiresForwardSecrecy</key><false/></dict>',
        ].join('\n'),
      ),
    );
    assert.deepEqual(positions(findings), []);
  });
});

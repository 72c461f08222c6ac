import { strict as assert } from 'node:assert';
import { Scanner } from '../../../server/src/engine';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-ats-arbitrary-loads';

function plist(ats: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>CFBundleName</key>',
    '\t<string>Demo</string>',
    '\t<key>NSAppTransportSecurity</key>',
    '\t<dict>',
    ats,
    '\t</dict>',
    '</dict>',
    '</plist>',
  ].join('\n');
}

describe(RULE, () => {
  it('reports NSAllowsArbitraryLoads true at its key, with the value in the range', () => {
    const findings = scan('Info.plist', plist('\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>'));
    assert.deepEqual(positions(findings), [`${RULE}@9:3`]);
    assert.equal(findings[0].category, 'tls');
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].endLine, 10);
    assert.equal(findings[0].endColumn, 10);
  });

  it('lowers the severity when a narrower key makes iOS 10+ ignore it', () => {
    const findings = scan(
      'Info.plist',
      plist('\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@11:3`]);
    assert.equal(findings[0].severity, 'info');
    assert.match(findings[0].message, /NSAllowsArbitraryLoadsInWebContent is also set/);
  });

  it('ignores false values, narrower keys alone, keys in comments and keys outside NSAppTransportSecurity', () => {
    assert.deepEqual(positions(scan('Info.plist', plist('\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>'))), []);
    assert.deepEqual(positions(scan('Info.plist', plist('\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>'))), []);
    assert.deepEqual(positions(scan('Info.plist', plist('\t\t<!-- <key>NSAllowsArbitraryLoads</key><true/> -->'))), []);
    const outside = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<plist version="1.0"><dict>',
      '<key>Flags</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict>',
      '</dict></plist>',
    ].join('\n');
    assert.deepEqual(positions(scan('Flags.plist', outside)), []);
  });

  it('skips malformed plists without throwing and reports the parse error', () => {
    const result = new Scanner().scan('Info.plist', plist('\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true>'));
    assert.deepEqual(result.findings, []);
    assert.ok(result.parseError);
  });
});

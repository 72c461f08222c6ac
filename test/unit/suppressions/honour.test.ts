import { strict as assert } from 'node:assert';
import { Scanner, type Finding, type RuleSetting } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { FAKE } from '../../helpers/fake-secrets';

const PIN_A = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const NOW = new Date('2026-01-15T12:00:00Z');

function scan(file: string, text: string, rules: Record<string, RuleSetting> = {}): Finding[] {
  return new Scanner({ now: NOW, rules }).scan(file, text).findings;
}

/** `rule@line` for each finding, sorted, for compact assertions. */
function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.line}`).sort();
}

function pinnerLine(host: string): string {
  return `    .add("${host}", "${PIN_A}")`;
}

describe('suppression comments', () => {
  describe('silence exactly the named rule on the next line', () => {
    const kotlin = (comment: string): string =>
      [
        'package com.example',
        '',
        'val pinner = CertificatePinner.Builder()',
        comment,
        pinnerLine('api.example.com'),
        '',
        pinnerLine('cdn.example.com'),
        '    .build()',
        '',
      ].join('\n');

    it('Kotlin `//`: the pin finding on the next line goes; the pin-health finding on that line and the same rule two lines below stay', () => {
      const before = scan('Api.kt', kotlin(''));
      assert.deepEqual(at(before), ['okhttp-certificate-pinner@5', 'okhttp-certificate-pinner@7', 'pin-no-backup@5', 'pin-no-backup@7']);
      const after = scan('Api.kt', kotlin('    // pin-hygiene-ignore-next-line okhttp-certificate-pinner: staging host, pins rotated by the platform team'));
      assert.deepEqual(at(after), ['okhttp-certificate-pinner@7', 'pin-no-backup@5', 'pin-no-backup@7']);
    });

    it('Kotlin `/* */` with several rule ids', () => {
      const after = scan('Api.kt', kotlin('    /* pin-hygiene-ignore-next-line okhttp-certificate-pinner, pin-no-backup: test fixture */'));
      assert.deepEqual(at(after), ['okhttp-certificate-pinner@7', 'pin-no-backup@7']);
    });

    it('doc-comment forms (`/**`, `///`) count too', () => {
      assert.deepEqual(at(scan('Api.kt', kotlin('    /** pin-hygiene-ignore-next-line okhttp-certificate-pinner: test fixture */'))), ['okhttp-certificate-pinner@7', 'pin-no-backup@5', 'pin-no-backup@7']);
      assert.deepEqual(at(scan('Api.kt', kotlin('    /// pin-hygiene-ignore-next-line okhttp-certificate-pinner: test fixture'))), ['okhttp-certificate-pinner@7', 'pin-no-backup@5', 'pin-no-backup@7']);
    });

    it('stacked directives each reach the first line that is not a directive', () => {
      const text = kotlin(
        '    // pin-hygiene-ignore-next-line okhttp-certificate-pinner: staging\n    // pin-hygiene-ignore-next-line pin-no-backup: the backup lives in the server config',
      );
      assert.deepEqual(at(scan('Api.kt', text)), ['okhttp-certificate-pinner@8', 'pin-no-backup@8']);
    });

    it('a blank line between the comment and the finding breaks the link', () => {
      const after = scan('Api.kt', kotlin('    // pin-hygiene-ignore-next-line okhttp-certificate-pinner: staging\n'));
      assert.ok(after.some((f) => f.ruleId === 'okhttp-certificate-pinner' && f.line === 6));
      assert.ok(after.some((f) => f.ruleId === 'unused-suppression' && f.line === 4));
    });

    it('`pin-hygiene-ignore-line` covers the comment\'s own line', () => {
      const text = [
        'package com.example',
        '',
        'val pinner = CertificatePinner.Builder()',
        `${pinnerLine('api.example.com')} // pin-hygiene-ignore-line okhttp-certificate-pinner: test double`,
        `${pinnerLine('api.example.com')}`,
        '    .build()',
      ].join('\n');
      assert.deepEqual(at(scan('Api.kt', text)).filter((x) => x.startsWith('okhttp')), ['okhttp-certificate-pinner@5']);
    });

    it('Swift `//`', () => {
      const text = [
        'import Alamofire',
        '',
        'let manager = ServerTrustManager(evaluators: [',
        '    // pin-hygiene-ignore-next-line ios-alamofire-disabled-evaluation: local mock server in UI tests',
        '    "localhost": DisabledTrustEvaluator(),',
        '    "staging.example.com": DisabledTrustEvaluator(),',
        '])',
      ].join('\n');
      assert.deepEqual(at(scan('Network.swift', text)), ['ios-alamofire-disabled-evaluation@6']);
    });

    it('Python `#`', () => {
      const text = [
        'import requests',
        '',
        '# pin-hygiene-ignore-next-line python-verify-false: self-signed test server in CI',
        'requests.get(url, verify=False)',
        'requests.get(url, verify=False)',
      ].join('\n');
      assert.deepEqual(at(scan('sync.py', text)), ['python-verify-false@5']);
    });

    it('a directive inside a string is not a comment', () => {
      const text = ['s = "# pin-hygiene-ignore-next-line python-verify-false: no"', 'requests.get(url, verify=False)'].join('\n');
      assert.deepEqual(at(scan('sync.py', text)), ['python-verify-false@2']);
    });

    it('XML `<!-- -->`, including the attributes of a start tag spread over lines', () => {
      const text = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<network-security-config>',
        '  <!-- pin-hygiene-ignore-next-line nsc-cleartext-traffic: dev server for QA builds only -->',
        '  <domain-config',
        '      cleartextTrafficPermitted="true">',
        '    <domain includeSubdomains="false">dev.example.com</domain>',
        '  </domain-config>',
        '  <base-config cleartextTrafficPermitted="true"/>',
        '</network-security-config>',
      ].join('\n');
      assert.deepEqual(at(scan('network_security_config.xml', text.replace(/<!--.*-->/, ''))), ['nsc-cleartext-traffic@5', 'nsc-cleartext-traffic@8']);
      assert.deepEqual(at(scan('network_security_config.xml', text)), ['nsc-cleartext-traffic@8']);
    });

    it('plist `<!-- -->` above a key', () => {
      const text = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>NSAppTransportSecurity</key>',
        '\t<dict>',
        '\t\t<!-- pin-hygiene-ignore-next-line ios-ats-arbitrary-loads: internal enterprise build, reviewed by security -->',
        '\t\t<key>NSAllowsArbitraryLoads</key>',
        '\t\t<true/>',
        '\t</dict>',
        '</dict>',
        '</plist>',
      ].join('\n');
      assert.deepEqual(at(scan('Info.plist', text)), []);
    });

    it('properties `#` and `!`, but not a comment-like line that continues a value', () => {
      const text = [
        '# pin-hygiene-ignore-next-line secret-google-api-key: restricted to the debug package name',
        `MAPS_API_KEY=${FAKE.google}`,
        'LONG_VALUE=first \\',
        '# pin-hygiene-ignore-next-line secret-google-api-key: not a comment, part of LONG_VALUE',
        `OTHER_KEY=${FAKE.google}`,
        '! pin-hygiene-ignore-next-line secret-google-api-key: bang comments count too',
        `THIRD_KEY=${FAKE.google}`,
      ].join('\n');
      assert.deepEqual(at(scan('gradle.properties', text)).filter((x) => x.startsWith('secret-google')), ['secret-google-api-key@5']);
    });

    it('.env and YAML `#`', () => {
      const env = ['# pin-hygiene-ignore-next-line secret-google-api-key: demo key, quota-capped', `MAPS_KEY=${FAKE.google}`, `OTHER=${FAKE.google}`].join('\n');
      assert.deepEqual(at(scan('.env', env)).filter((x) => x.startsWith('secret-google')), ['secret-google-api-key@3']);
      const yaml = [
        'maps:',
        '  # pin-hygiene-ignore-next-line secret-google-api-key: demo key, quota-capped',
        `  key: ${FAKE.google}`,
        '  notes: |',
        '    # pin-hygiene-ignore-next-line secret-google-api-key: block scalar text, not a comment',
        `  other: ${FAKE.google}`,
      ].join('\n');
      assert.deepEqual(at(scan('config.yaml', yaml)).filter((x) => x.startsWith('secret-google')), ['secret-google-api-key@6']);
    });
  });

  describe('invalid-suppression', () => {
    const text = (comment: string): string => ['import requests', comment, 'requests.get(url, verify=False)'].join('\n');

    it('reports an unknown rule id, and still honours the known one', () => {
      const findings = scan('a.py', text('# pin-hygiene-ignore-next-line python-verify-flase, python-verify-false: CI test server'));
      assert.deepEqual(at(findings), ['invalid-suppression@2']);
      assert.match(findings[0].message, /`python-verify-flase` is not a Pin Hygiene rule/);
      assert.equal(findings[0].column, 32);
    });

    it('reports a missing reason, the placeholder reason and a reason without a colon, and honours the suppression anyway', () => {
      for (const [comment, message] of [
        ['# pin-hygiene-ignore-next-line python-verify-false', /gives no reason/],
        ['# pin-hygiene-ignore-next-line python-verify-false:   ', /gives no reason/],
        ['# pin-hygiene-ignore-next-line python-verify-false: TODO say why this is safe', /placeholder reason/],
        ['# pin-hygiene-ignore-next-line python-verify-false because CI', /follows a colon/],
      ] as const) {
        const findings = scan('a.py', text(comment));
        assert.deepEqual(at(findings), ['invalid-suppression@2'], comment);
        assert.match(findings[0].message, message);
        assert.equal(findings[0].severity, 'warning');
      }
    });

    it('reports a misspelt directive (which suppresses nothing) and a directive naming no rule', () => {
      assert.deepEqual(at(scan('a.py', text('# pin-hygiene-ignore-nextline python-verify-false: x'))), ['invalid-suppression@2', 'python-verify-false@3']);
      assert.deepEqual(at(scan('a.py', text('# pin-hygiene-ignore-next-line: x'))), ['invalid-suppression@2', 'python-verify-false@3']);
    });

    it('reports rules that a comment cannot suppress (workspace, live and suppression rules)', () => {
      const findings = scan('a.py', text('# pin-hygiene-ignore-next-line pin-live-mismatch, unused-suppression, python-verify-false: CI'));
      assert.deepEqual(at(findings), ['invalid-suppression@2', 'invalid-suppression@2']);
      assert.match(findings[0].message, /cannot be suppressed with a comment/);
    });

    it('ignores prose that mentions a directive later in a comment', () => {
      assert.deepEqual(at(scan('a.py', text('# see pin-hygiene-ignore-next-line in the README'))), ['python-verify-false@3']);
    });
  });

  describe('unused-suppression', () => {
    const text = (comment: string, code = 'requests.get(url, verify=True)'): string => ['import requests', comment, code, ''].join('\n');

    it('reports a suppression that silences nothing, and its fix removes the comment line', () => {
      const before = text('# pin-hygiene-ignore-next-line python-verify-false: CI test server');
      const findings = scan('a.py', before);
      assert.deepEqual(at(findings), ['unused-suppression@2']);
      assert.equal(findings[0].severity, 'info');
      assert.match(findings[0].message, /no `python-verify-false` finding starts on line 3/);
      const fix = findings[0].fixes![0];
      assert.equal(fix.preferred, true);
      const result = applyEdits(before, fix.edits);
      assert.ok(result.ok);
      assert.equal(result.text, 'import requests\nrequests.get(url, verify=True)\n');
    });

    it('removes a trailing comment with the blanks before it', () => {
      const before = 'requests.get(url, verify=True)  # pin-hygiene-ignore-line python-verify-false: CI\n';
      const [finding] = scan('a.py', before);
      assert.equal(finding.ruleId, 'unused-suppression');
      const result = applyEdits(before, finding.fixes![0].edits);
      assert.ok(result.ok && result.text === 'requests.get(url, verify=True)\n');
    });

    it('reports only the unused id of a list, and its fix removes that id', () => {
      const before = text('# pin-hygiene-ignore-next-line python-unverified-ssl-context, python-verify-false: CI test server', 'requests.get(url, verify=False)');
      const findings = scan('a.py', before);
      assert.deepEqual(at(findings), ['unused-suppression@2']);
      assert.match(findings[0].message, /`python-unverified-ssl-context` in this suppression silences nothing/);
      const result = applyEdits(before, findings[0].fixes![0].edits);
      assert.ok(result.ok);
      assert.equal(result.text.split('\n')[1], '# pin-hygiene-ignore-next-line python-verify-false: CI test server');
      assert.deepEqual(at(scan('a.py', result.text)), []);
    });

    it('says when the rule never checks this kind of file', () => {
      const [finding] = scan('a.py', text('# pin-hygiene-ignore-next-line nsc-pin-set: wrong file'));
      assert.match(finding.message, /`nsc-pin-set` does not check python files/);
    });

    it('does not judge a suppression of a rule turned off in the settings', () => {
      const before = text('# pin-hygiene-ignore-next-line python-verify-false: CI test server');
      assert.deepEqual(at(scan('a.py', before, { 'python-verify-false': 'off' })), []);
      const mixed = text('# pin-hygiene-ignore-next-line python-verify-false, python-unverified-ssl-context: CI');
      assert.deepEqual(at(scan('a.py', mixed, { 'python-verify-false': 'off' })), ['unused-suppression@2']);
    });

    it('honours suppressions when the suppression rules are off, and reports nothing about them', () => {
      const off = { 'unused-suppression': 'off', 'invalid-suppression': 'off' } as const;
      assert.deepEqual(at(scan('a.py', text('# pin-hygiene-ignore-next-line python-verify-false', 'requests.get(url, verify=False)'), off)), []);
      assert.deepEqual(at(scan('a.py', text('# pin-hygiene-ignore-next-line python-verify-false'), off)), []);
    });

    it('a suppression at the end of the file has no line to cover', () => {
      const [finding] = scan('a.py', 'import requests\n# pin-hygiene-ignore-next-line python-verify-false: x');
      assert.match(finding.message, /there is none/);
    });
  });
});

import { strict as assert } from 'node:assert';
import * as ts from 'typescript';
import { fileKindOf, Scanner, suppressionFix, type Finding } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { parseXml } from '../../../server/src/engine/xml/xml-document';
import { FAKE } from '../../helpers/fake-secrets';

const scanner = new Scanner({ now: new Date('2026-01-15T12:00:00Z') });

function findingOf(file: string, text: string, ruleId: string): Finding {
  const finding = scanner.scan(file, text).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `no ${ruleId} finding in ${file}`);
  return finding;
}

/** Applies the suppression fix for the first `ruleId` finding and checks the rescan. */
function suppressed(file: string, text: string, ruleId: string): string {
  const finding = findingOf(file, text, ruleId);
  const fix = suppressionFix(fileKindOf(file)!, text, finding);
  assert.ok(fix, `no suppression fix for ${ruleId}`);
  assert.equal(fix.title, `Suppress ${ruleId} on the next line`);
  assert.equal(fix.preferred, undefined);
  const result = applyEdits(text, fix.edits);
  assert.ok(result.ok);
  const after = scanner.scan(file, result.text).findings;
  assert.ok(!after.some((f) => f.ruleId === ruleId && f.message === finding.message), 'the finding is still reported');
  // The placeholder reason stays visible until someone writes a reason.
  assert.ok(after.some((f) => f.ruleId === 'invalid-suppression' && /placeholder reason/.test(f.message)));
  assert.ok(!after.some((f) => f.ruleId === 'unused-suppression'));
  return result.text;
}

function tsxProblems(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  return ((source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []).map((d) => String(d.messageText));
}

describe('"Suppress <rule-id> on the next line" fix', () => {
  it('Kotlin: a `//` line with the indentation of the finding\'s line', () => {
    const text = ['val pinner = CertificatePinner.Builder()', '    .add("api.example.com", "sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=")', '    .build()', ''].join('\n');
    const after = suppressed('Api.kt', text, 'okhttp-certificate-pinner');
    assert.equal(after.split('\n')[1], '    // pin-hygiene-ignore-next-line okhttp-certificate-pinner: TODO say why this is safe');
  });

  it('Swift, with CRLF line ends kept', () => {
    const text = 'let evaluators = [\r\n\t"staging.example.com": DisabledTrustEvaluator(),\r\n]\r\n';
    const after = suppressed('Network.swift', text, 'ios-alamofire-disabled-evaluation');
    assert.equal(after, 'let evaluators = [\r\n\t// pin-hygiene-ignore-next-line ios-alamofire-disabled-evaluation: TODO say why this is safe\r\n\t"staging.example.com": DisabledTrustEvaluator(),\r\n]\r\n');
  });

  it('XML: an `<!-- -->` comment above the start tag whose attribute is flagged, and the file still parses', () => {
    const text = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<network-security-config>',
      '  <domain-config',
      '      cleartextTrafficPermitted="true">',
      '    <domain includeSubdomains="true">api.example.com</domain>',
      '  </domain-config>',
      '</network-security-config>',
      '',
    ].join('\n');
    const after = suppressed('network_security_config.xml', text, 'nsc-cleartext-traffic');
    assert.equal(after.split('\n')[2], '  <!-- pin-hygiene-ignore-next-line nsc-cleartext-traffic: TODO say why this is safe -->');
    assert.equal(parseXml(after).error, undefined);
  });

  it('plist: an `<!-- -->` comment above the key', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<plist version="1.0">',
      '<dict>',
      '\t<key>NSAppTransportSecurity</key>',
      '\t<dict>',
      '\t\t<key>NSAllowsArbitraryLoads</key>',
      '\t\t<true/>',
      '\t</dict>',
      '</dict>',
      '</plist>',
      '',
    ].join('\n');
    const after = suppressed('Info.plist', text, 'ios-ats-arbitrary-loads');
    assert.equal(after.split('\n')[5], '\t\t<!-- pin-hygiene-ignore-next-line ios-ats-arbitrary-loads: TODO say why this is safe -->');
    assert.equal(parseXml(after).error, undefined);
  });

  it('Python, properties, .env and YAML: a `#` line', () => {
    const py = suppressed('sync.py', 'def fetch(url):\n    return requests.get(url, verify=False)\n', 'python-verify-false');
    assert.equal(py, 'def fetch(url):\n    # pin-hygiene-ignore-next-line python-verify-false: TODO say why this is safe\n    return requests.get(url, verify=False)\n');
    const props = suppressed('gradle.properties', `org.gradle.jvmargs=-Xmx2g\nMAPS_API_KEY=${FAKE.google}\n`, 'secret-google-api-key');
    assert.equal(props.split('\n')[1], '# pin-hygiene-ignore-next-line secret-google-api-key: TODO say why this is safe');
    const env = suppressed('.env', `MAPS_KEY=${FAKE.google}\n`, 'secret-google-api-key');
    assert.ok(env.startsWith('# pin-hygiene-ignore-next-line secret-google-api-key: TODO say why this is safe\nMAPS_KEY='));
    const yaml = suppressed('config.yaml', `maps:\n  key: ${FAKE.google}\n`, 'secret-google-api-key');
    assert.equal(yaml.split('\n')[1], '  # pin-hygiene-ignore-next-line secret-google-api-key: TODO say why this is safe');
  });

  it('JSX: `{/* */}` for a child element, `//` inside an attribute list and in plain code; the result parses', () => {
    const child = ['export const Map = () => (', '  <View>', `    <MapView apiKey="${FAKE.google}" />`, '  </View>', ');', ''].join('\n');
    const afterChild = suppressed('App.js', child, 'secret-google-api-key');
    assert.equal(afterChild.split('\n')[2], '    {/* pin-hygiene-ignore-next-line secret-google-api-key: TODO say why this is safe */}');
    assert.deepEqual(tsxProblems('App.jsx', afterChild), []);

    const attribute = ['export const Map = () => (', '  <MapView', `    apiKey="${FAKE.google}"`, '  />', ');', ''].join('\n');
    const afterAttribute = suppressed('App.tsx', attribute, 'secret-google-api-key');
    assert.equal(afterAttribute.split('\n')[2], '    // pin-hygiene-ignore-next-line secret-google-api-key: TODO say why this is safe');
    assert.deepEqual(tsxProblems('App.tsx', afterAttribute), []);

    const code = ['const agent = new https.Agent({', '  rejectUnauthorized: false,', '});', ''].join('\n');
    const afterCode = suppressed('client.ts', code, 'node-reject-unauthorized-false');
    assert.equal(afterCode.split('\n')[1], '  // pin-hygiene-ignore-next-line node-reject-unauthorized-false: TODO say why this is safe');
  });

  it('is not offered where a comment line cannot go', () => {
    const none = (file: string, text: string, ruleId: string): void => {
      const finding = findingOf(file, text, ruleId);
      assert.equal(suppressionFix(fileKindOf(file)!, text, finding), undefined, `${file}: ${text}`);
    };
    none('Config.kt', `val config = """\n    maps.key=${FAKE.google}\n"""\n`, 'secret-google-api-key'); // inside a raw string
    none('sync.py', 'r = requests.get(url, \\\n    verify=False)\n', 'python-verify-false'); // after a backslash continuation
    none('gradle.properties', `KEYS=first,\\\n  ${FAKE.google}\n`, 'secret-google-api-key'); // a continued value
    none('config.yaml', `notes: |\n  ${FAKE.google}\n`, 'secret-google-api-key'); // a block scalar
    none('strings.xml', `<resources>\n    <string name="maps_key">\n        ${FAKE.google}\n    </string>\n</resources>\n`, 'secret-google-api-key'); // element text
  });

  it('is not offered for the suppression rules\' own findings', () => {
    const text = '# pin-hygiene-ignore-next-line python-verify-false: CI\nrequests.get(url)\n';
    const finding = findingOf('a.py', text, 'unused-suppression');
    assert.equal(suppressionFix('python', text, finding), undefined);
  });
});

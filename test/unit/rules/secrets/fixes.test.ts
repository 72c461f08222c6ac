import { strict as assert } from 'node:assert';
import type { Finding, Fix, TextEdit } from '../../../../server/src/engine';
import { nonOverlappingBulkEdits } from '../../../../server/src/engine/fixes/fix-all';
import { FAKE } from '../../../helpers/fake-secrets';
import { scan } from '../../../helpers/scan';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function fixesOf(file: string, text: string): Fix[] {
  const findings = scan(file, text).filter((f) => f.category === 'secret');
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.ruleId)));
  return findings[0].fixes ?? [];
}

const REGISTER = (name: string): string => `approov secstrings -addKey ${name} -predefinedValue <the key's value>`;

describe('secret quick fixes', () => {
  it('Kotlin: a property becomes a getter (fetched on every read), import added; registration command without the value', () => {
    const text = `package com.example\n\nobject Keys {\n    const val MAPS_KEY = "${FAKE.google}"\n}\n`;
    const [fetch, substitute] = fixesOf('Keys.kt', text);
    assert.equal(
      apply(text, fetch.edits),
      'package com.example\n\nimport io.approov.service.okhttp.ApproovService\n\nobject Keys {\n    val MAPS_KEY: String get() = ApproovService.fetchSecureString("MAPS_KEY", null) ?: \"\"\n}\n',
    );
    assert.equal(fetch.title, `Fetch "MAPS_KEY" at runtime with ApproovService.fetchSecureString (then register it: ${REGISTER('MAPS_KEY')})`);
    assert.equal(fetch.followUp, REGISTER('MAPS_KEY'));
    assert.equal(apply(text, substitute.edits), 'package com.example\n\nobject Keys {\n    const val MAPS_KEY = "MAPS_KEY"\n}\n');
    assert.match(substitute.followUp!, /^ApproovService\.addSubstitutionHeader\("<header>", null\) once after initialising Approov/);
    for (const fix of [fetch, substitute]) assert.ok(!JSON.stringify(fix).includes(FAKE.google));
  });

  it('Kotlin inside a function: the literal becomes the call; an existing service layer import is reused', () => {
    const text = `import io.approov.service.retrofit.ApproovService\n\nfun headers() = mapOf("X-Key" to "${FAKE.google}")\n`;
    const [fetch] = fixesOf('Api.kt', text);
    assert.equal(apply(text, fetch.edits), 'import io.approov.service.retrofit.ApproovService\n\nfun headers() = mapOf("X-Key" to ApproovService.fetchSecureString("google_api_key", null))\n');
  });

  it('Java: a helper that rethrows the checked ApproovException is added once to the outermost class', () => {
    const text = `package a;\n\npublic class Api {\n    private static final String apiSecret = "${FAKE.generic}";\n}\n`;
    const result = apply(text, fixesOf('Api.java', text)[0].edits);
    assert.match(result, /private static final String apiSecret = approovSecureString\("apiSecret"\);/);
    assert.match(result, /import io\.approov\.service\.okhttp\.ApproovService;\nimport io\.approov\.service\.okhttp\.ApproovException;/);
    assert.match(result, /public class Api \{\n    \/\*\* An Approov secure string[^\n]*\n    private static String approovSecureString\(String key\) \{\n        try \{\n            return ApproovService\.fetchSecureString\(key, null\);/);
    const again = `${result.replace('}\n', '')}    String apiToken = "${FAKE.generic.split('').reverse().join('')}";\n}\n`;
    const edits = scan('Api.java', again).find((f) => f.category === 'secret')?.fixes?.[0].edits ?? [];
    assert.equal(edits.length, 1, 'the helper and imports already exist');
  });

  it('Swift: a stored property becomes a computed one; Dart and TypeScript get await only inside async code', () => {
    const swift = `import Foundation\n\nstruct Keys {\n    static let stripeKey = "${FAKE.stripeLive}"\n}\n`;
    assert.equal(
      apply(swift, fixesOf('Keys.swift', swift)[0].edits),
      'import Foundation\nimport ApproovURLSession\n\nstruct Keys {\n    static var stripeKey: String { ((try? ApproovService.fetchSecureString(key: "stripeKey", newDef: nil)) ?? "") }\n}\n',
    );
    const dart = `Future<void> send() async {\n  final headers = {'x-api-key': '${FAKE.openai}'};\n}\n`;
    const [dartFetch] = fixesOf('api.dart', dart);
    assert.equal(
      apply(dart, dartFetch.edits),
      "import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';\n\nFuture<void> send() async {\n  final headers = {'x-api-key': (await ApproovService.fetchSecureString('x-api-key', null))};\n}\n",
    );
    const dartSync = `const openAiKey = '${FAKE.openai}';\n`;
    assert.deepEqual(fixesOf('api.dart', dartSync).map((f) => f.title.split(' ')[0]), ['Replace'], 'no await outside async code');
    const ts = `export async function load() {\n  const cfg = { apiKey: '${FAKE.generic}' };\n}\n`;
    assert.equal(
      apply(ts, fixesOf('api.ts', ts)[0].edits),
      "import { ApproovService } from '@approov/approov-service-react-native';\n\nexport async function load() {\n  const cfg = { apiKey: (await ApproovService.fetchSecureString(\"apiKey\", null)) };\n}\n",
    );
    const tsSync = `function load() {\n  return { apiKey: '${FAKE.generic}' };\n}\n`;
    assert.equal(fixesOf('api.ts', tsSync).length, 1, 'only the placeholder fix in a non-async function');
    const cs = `class Api {\n    const string SendGridKey = "${FAKE.sendgrid}";\n}\n`;
    assert.equal(apply(cs, fixesOf('Api.cs', cs)[0].edits), 'class Api {\n    static readonly string SendGridKey = ApproovService.FetchSecureString("SendGridKey", null);\n}\n');
  });

  it('manifest meta-data: a ${NAME} placeholder filled from local.properties; res/values string: moved there, defined with resValue', () => {
    const manifest = `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application>\n    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${FAKE.google}"/>\n  </application>\n</manifest>\n`;
    const [meta] = fixesOf('app/src/main/AndroidManifest.xml', manifest);
    assert.equal(apply(manifest, meta.edits), manifest.replace(FAKE.google, '${API_KEY}'));
    assert.deepEqual(meta.appends?.[0], { file: 'local.properties', besideOneOf: ['settings.gradle', 'settings.gradle.kts'], lines: [`API_KEY=${FAKE.google}`] });
    assert.match(meta.followUp!, /manifestPlaceholders\["API_KEY"\]/);
    const strings = `<resources>\n    <string name="app_name">Shop</string>\n    <string name="maps_key">${FAKE.google}</string>\n</resources>\n`;
    const [res] = fixesOf('app/src/main/res/values/strings.xml', strings);
    assert.equal(apply(strings, res.edits), '<resources>\n    <string name="app_name">Shop</string>\n</resources>\n');
    assert.deepEqual(res.appends?.[0].lines, [`maps_key=${FAKE.google}`]);
    assert.match(res.followUp!, /resValue\("string", "maps_key"/);
    for (const fix of [meta, res]) assert.ok(!fix.title.includes(FAKE.google) && !fix.followUp!.includes(FAKE.google));
  });

  it('no runtime fix where the SDK has no call (Go, Python) and none for info findings', () => {
    assert.deepEqual(fixesOf('main.go', `const apiKey = "${FAKE.generic}"`), []);
    assert.deepEqual(fixesOf('a.kt', `val pk = "${FAKE.stripePublishable}"`), []);
  });

  it('buildConfigField: read from local.properties at the Gradle root, value appended there, file git-ignored', () => {
    const groovy = `buildConfigField "String", "MAPS_KEY", "\\"${FAKE.google}\\""\n`;
    const [fix] = fixesOf('app/build.gradle', groovy);
    assert.equal(
      apply(groovy, fix.edits),
      `buildConfigField "String", "MAPS_KEY", "\\"\${rootProject.file('local.properties').with { f -> def p = new Properties(); if (f.exists()) f.withInputStream { p.load(it) }; p.getProperty('MAPS_KEY', '') }}\\""\n`,
    );
    assert.deepEqual(fix.appends, [
      { file: 'local.properties', besideOneOf: ['settings.gradle', 'settings.gradle.kts'], lines: [`MAPS_KEY=${FAKE.google}`] },
      { file: '.gitignore', besideOneOf: ['settings.gradle', 'settings.gradle.kts'], lines: ['local.properties'] },
    ]);
    const kts = `buildConfigField("String", "CLIENT_SECRET", "\\"${FAKE.generic}\\"")\n`;
    assert.equal(
      apply(kts, fixesOf('app/build.gradle.kts', kts)[0].edits),
      'buildConfigField("String", "CLIENT_SECRET", "\\"${java.util.Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }.getProperty("CLIENT_SECRET", "")}\\"")\n',
    );
  });

  it('gradle.properties and .env: the line moves to a git-ignored local file', () => {
    const props = `org.gradle.jvmargs=-Xmx2g\nMAPBOX_DOWNLOADS_TOKEN=${FAKE.mapbox}\nandroid.useAndroidX=true\n`;
    const [fix] = fixesOf('gradle.properties', props);
    assert.equal(apply(props, fix.edits), 'org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n');
    assert.deepEqual(fix.appends, [
      { file: 'local.properties', lines: [`MAPBOX_DOWNLOADS_TOKEN=${FAKE.mapbox}`] },
      { file: '.gitignore', lines: ['local.properties'] },
    ]);
    const env = `API_BASE=https://api.example.com\r\nexport API_TOKEN=${FAKE.generic}\r\n`;
    const [envFix] = fixesOf('.env', env);
    assert.equal(envFix.title, 'Move API_TOKEN to .env.local (git-ignored; dotenv, Vite, Next.js and Expo read it)');
    assert.equal(apply(env, envFix.edits), 'API_BASE=https://api.example.com\r\n');
    assert.deepEqual(envFix.appends, [{ file: '.env.local', lines: [`API_TOKEN=${FAKE.generic}`] }, { file: '.gitignore', lines: ['.env.local'] }]);
  });

  it('Info.plist: $(NAME) from a git-ignored Secrets.xcconfig', () => {
    const plist = `<plist version="1.0">\n<dict>\n\t<key>GMSApiKey</key>\n\t<string>${FAKE.google}</string>\n</dict>\n</plist>\n`;
    const [fix] = fixesOf('Info.plist', plist);
    assert.equal(apply(plist, fix.edits), '<plist version="1.0">\n<dict>\n\t<key>GMSApiKey</key>\n\t<string>$(GMSAPIKEY)</string>\n</dict>\n</plist>\n');
    assert.deepEqual(fix.appends, [{ file: 'Secrets.xcconfig', lines: [`GMSAPIKEY = ${FAKE.google}`] }, { file: '.gitignore', lines: ['Secrets.xcconfig'] }]);
    assert.match(fix.followUp!, /base configuration/);
  });

  it('fix-all never applies secret migrations (they touch other files or need a registration step)', () => {
    const findings: Finding[] = scan('Keys.kt', `val a = "${FAKE.google}"\n`);
    assert.equal(findings[0].fixable, true);
    assert.deepEqual(nonOverlappingBulkEdits(findings), []);
  });
});

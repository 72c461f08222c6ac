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
  it('Kotlin: fetchSecureString with the constant name as placeholder; const dropped; registration command without the value', () => {
    const text = `object Keys {\n    const val MAPS_KEY = "${FAKE.google}"\n}\n`;
    const [fetch, substitute] = fixesOf('Keys.kt', text);
    assert.equal(apply(text, fetch.edits), 'object Keys {\n    val MAPS_KEY = ApproovService.fetchSecureString("MAPS_KEY", null)\n}\n');
    assert.equal(fetch.title, `Fetch "MAPS_KEY" at runtime with ApproovService.fetchSecureString (then register it: ${REGISTER('MAPS_KEY')})`);
    assert.equal(fetch.followUp, REGISTER('MAPS_KEY'));
    assert.equal(apply(text, substitute.edits), 'object Keys {\n    const val MAPS_KEY = "MAPS_KEY"\n}\n');
    assert.match(substitute.followUp!, /^ApproovService\.addSubstitutionHeader\("<header>", null\) once after initialising Approov/);
    for (const fix of [fetch, substitute]) assert.ok(!JSON.stringify(fix).includes(FAKE.google));
  });

  it('per platform call: Java, Swift, Dart, TypeScript, C#', () => {
    const cases: [string, string, string][] = [
      ['Api.java', `private static final String apiSecret = "${FAKE.generic}";`, 'private static final String apiSecret = ApproovService.fetchSecureString("apiSecret", null);'],
      ['Api.swift', `let stripeKey = "${FAKE.stripeLive}"`, 'let stripeKey = ((try? ApproovService.fetchSecureString(key: "stripeKey", newDef: nil)) ?? "")'],
      ['api.dart', `const openAiKey = '${FAKE.openai}';`, "final openAiKey = (await ApproovService.fetchSecureString('openAiKey', null));"],
      ['api.ts', `const cfg = { apiKey: '${FAKE.generic}' };`, 'const cfg = { apiKey: (await ApproovService.fetchSecureString("apiKey", null)) };'],
      ['Api.cs', `const string SendGridKey = "${FAKE.sendgrid}";`, 'static readonly string SendGridKey = ApproovService.FetchSecureString("SendGridKey", null);'],
    ];
    for (const [file, text, expected] of cases) assert.equal(apply(text, fixesOf(file, text)[0].edits), expected, file);
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

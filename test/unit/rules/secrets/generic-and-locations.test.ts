import { strict as assert } from 'node:assert';
import { FAKE } from '../../../helpers/fake-secrets';
import { positions, scan } from '../../../helpers/scan';

const GENERIC = 'secret-generic-api-key';
const GOOGLE = 'secret-google-api-key';

describe(GENERIC, () => {
  it('reports a high-entropy value under a key-like name, in each language', () => {
    const v = FAKE.generic;
    assert.deepEqual(positions(scan('A.kt', `val apiSecret = "${v}"`)), [`${GENERIC}@1:18`]);
    assert.deepEqual(positions(scan('A.kt', `val clientSecret: String = "${v}"`)), [`${GENERIC}@1:29`]);
    assert.deepEqual(positions(scan('A.java', `static final String API_KEY = "${v}";`)), [`${GENERIC}@1:32`]);
    assert.deepEqual(positions(scan('a.swift', `let authToken = "${v}"`)), [`${GENERIC}@1:18`]);
    assert.deepEqual(positions(scan('a.ts', `const cfg = { apiKey: '${v}' };`)), [`${GENERIC}@1:24`]);
    assert.deepEqual(positions(scan('a.ts', `const cfg = { 'x-api-key': '${v}' };`)), [`${GENERIC}@1:29`]);
    assert.deepEqual(positions(scan('a.go', `token := "${v}"`)), [`${GENERIC}@1:11`]);
    assert.deepEqual(positions(scan('a.py', `PASSWORD = "${v}"`)), [`${GENERIC}@1:13`]);
    assert.deepEqual(positions(scan('A.cs', `const string ClientSecret = "${v}";`)), [`${GENERIC}@1:30`]);
    assert.deepEqual(positions(scan('a.m', `#define API_SECRET @"${v}"`)), [`${GENERIC}@1:22`]);
    assert.deepEqual(positions(scan('A.kt', `request.header("X-Api-Key", "${v}")`)), [`${GENERIC}@1:30`]);
  });

  it('ignores hashes under other names, UUIDs, identifiers, references, short and low-entropy values', () => {
    const quiet = [
      `val checksum = "${FAKE.twilioToken}"`,
      'val deviceToken = "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"',
      'const val TOKEN_PREF_KEY = "com.shop.prefs.ACCESS_TOKEN"',
      'private const val CREATE_PASSWORD_ACTION = "com.shop.credentials.ACTION_CREATE_PASSWORD2"',
      `val mockPreauthSecret = "${FAKE.generic}"`,
      'val tokenUrl = "https://auth.example.com/oauth2/token1234567"',
      'val apiKeyHeader = "X-Shop-Api-Key-Version-2"',
      'val password = "hunter2"',
      'val apiKey = "aaaaaaaaaaaaaaaaaaaaaaaa1"',
      'val apiKey = BuildConfig.API_KEY',
      'val secretName = "PaymentsServiceCredentials01"',
      `// apiKey = "${FAKE.generic}" is only in a comment`,
    ];
    for (const line of quiet) assert.deepEqual(positions(scan('A.kt', line)), [], line);
  });

  it('leaves test code to the provider rules', () => {
    const line = `val apiSecret = "${FAKE.generic}"\nval stripe = "${FAKE.stripeLive}"\n`;
    for (const file of ['app/src/test/java/ApiTest.kt', 'app/src/androidTest/java/Keys.kt', 'src/api.test.kt', 'ShopTests/KeysTests.kt']) {
      assert.deepEqual(positions(scan(file, line)), ['secret-stripe-secret-key@2:15'], file);
    }
  });

  it('leaves values a provider rule recognises to that rule', () => {
    assert.deepEqual(positions(scan('A.kt', `val apiKey = "${FAKE.google}"`)), [`${GOOGLE}@1:15`]);
  });
});

describe('secret locations', () => {
  it('strings.xml and manifest meta-data', () => {
    const strings = `<resources>\n  <string name="maps_key">${FAKE.google}</string>\n  <string name="api_token">${FAKE.generic}</string>\n  <!-- <string name="old">${FAKE.google}</string> -->\n</resources>\n`;
    // A key in an XML comment is still committed: the provider rule reports it too (without a fix).
    assert.deepEqual(positions(scan('res/values/strings.xml', strings)), [`${GOOGLE}@2:27`, `${GENERIC}@3:28`, `${GOOGLE}@4:27`]);
    const manifest = `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n<application>\n<meta-data android:name="com.google.android.geo.API_KEY" android:value="${FAKE.google}"/>\n<meta-data android:name="com.example.API_KEY" android:value="@string/api_key"/>\n</application>\n</manifest>\n`;
    assert.deepEqual(positions(scan('AndroidManifest.xml', manifest)), [`${GOOGLE}@3:73`]);
    assert.match(scan('AndroidManifest.xml', manifest)[0].message, /\(com\.google\.android\.geo\.API_KEY\)/);
  });

  it('Info.plist and GoogleService-Info.plist', () => {
    const plist = (key: string, value: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>${key}</key>\n\t<string>${value}</string>\n</dict>\n</plist>\n`;
    assert.deepEqual(positions(scan('Info.plist', plist('ApiSecret', FAKE.generic))), [`${GENERIC}@5:10`]);
    assert.deepEqual(positions(scan('Info.plist', plist('ApiSecret', '$(API_SECRET)'))), []);
    const [firebase] = scan('GoogleService-Info.plist', plist('API_KEY', FAKE.google));
    assert.deepEqual([firebase.ruleId, firebase.severity, firebase.line, firebase.column], [GOOGLE, 'info', 5, 10]);
  });

  it('build.gradle(.kts) buildConfigField and resValue, gradle.properties, .env, JSON, YAML', () => {
    const groovy = `android {\n  defaultConfig {\n    buildConfigField "String", "MAPS_KEY", "\\"${FAKE.google}\\""\n    resValue "string", "api_token", "${FAKE.generic}"\n  }\n}\n`;
    assert.deepEqual(positions(scan('app/build.gradle', groovy)), [`${GOOGLE}@3:47`, `${GENERIC}@4:38`]);
    const kts = `android {\n  defaultConfig {\n    buildConfigField("String", "CLIENT_SECRET", "\\"${FAKE.generic}\\"")\n  }\n}\n`;
    assert.deepEqual(positions(scan('app/build.gradle.kts', kts)), [`${GENERIC}@3:52`]);
    assert.deepEqual(positions(scan('gradle.properties', `org.gradle.jvmargs=-Xmx2g\nMAPBOX_DOWNLOADS_TOKEN=${FAKE.mapbox}\n`)), ['secret-mapbox-secret-token@2:24']);
    assert.deepEqual(positions(scan('.env', `# keys\nexport STRIPE_KEY="${FAKE.stripeLive}"\nAPI_TOKEN=${FAKE.generic} # prod\n`)), [
      'secret-stripe-secret-key@2:20',
      `${GENERIC}@3:11`,
    ]);
    assert.deepEqual(positions(scan('.env.example', 'API_TOKEN=your-api-token-here\nSTRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n')), []);
    assert.deepEqual(positions(scan('config.json', `{\n  "service": {\n    "apiToken": "${FAKE.generic}",\n    "requestId": "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"\n  }\n}\n`)), [`${GENERIC}@3:18`]);
    assert.deepEqual(positions(scan('config.yaml', `server:\n  session_secret: "${FAKE.generic}"\n  api_token: \${API_TOKEN}\n`)), [`${GENERIC}@2:20`]);
  });

  it('skips the git-ignored local files the fixes write to', () => {
    assert.deepEqual(positions(scan('local.properties', `MAPS_KEY=${FAKE.google}\n`)), []);
    assert.deepEqual(positions(scan('app/.env.local', `API_TOKEN=${FAKE.generic}\n`)), []);
  });

  it('stays bounded on hostile input (long token runs, many eyJ, many ://)', () => {
    const hostile = ['-eyJ'.repeat(50_000), 'a://'.repeat(50_000), 'AIza'.repeat(50_000), `"${'x'.repeat(200_000)}`].join('\n');
    const started = Date.now();
    scan('a.js', hostile);
    assert.ok(Date.now() - started < 5000, 'scan took too long');
  });
});

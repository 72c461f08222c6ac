import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'lint-tls-check-suppressed';

describe(RULE, () => {
  it('flags @SuppressLint with TLS check ids (Java arrays, Kotlin varargs, file targets)', () => {
    const java = scan(
      'T.java',
      ['@SuppressLint({"TrustAllX509TrustManager", "CustomX509TrustManager"})', 'class T implements X509TrustManager {}'].join('\n'),
    );
    assert.deepEqual(positions(java, RULE), [`${RULE}@1:16`, `${RULE}@1:44`]);
    assert.equal(java[0].severity, 'warning');
    assert.equal(java[1].severity, 'info');
    assert.match(java[0].message, /TrustAllX509TrustManager/);
    const kotlin = scan(
      'T.kt',
      [
        '@file:SuppressLint("WebViewClientOnReceivedSslError")',
        '@SuppressLint("SetJavaScriptEnabled", "BadHostnameVerifier")',
        '@Suppress("TrustAllX509TrustManager")',
        'class T',
      ].join('\n'),
    );
    assert.deepEqual(positions(kotlin, RULE), [`${RULE}@1:20`, `${RULE}@2:39`]);
  });

  it('flags //noinspection comments and Gradle disable lists', () => {
    const code = scan('V.java', ['  //noinspection BadHostnameVerifier', '  return (h, s) -> h != null;'].join('\n'));
    assert.deepEqual(positions(code, RULE), [`${RULE}@1:18`]);
    const groovy = scan('app/build.gradle', ["android { lintOptions { disable 'InvalidPackage', 'TrustAllX509TrustManager' } }"].join('\n'));
    assert.deepEqual(positions(groovy, RULE), [`${RULE}@1:51`]);
    const kts = scan(
      'app/build.gradle.kts',
      ['lint {', '  disable += "BadHostnameVerifier"', '  enable += "TrustAllX509TrustManager"', '}'].join('\n'),
    );
    assert.deepEqual(positions(kts, RULE), [`${RULE}@2:14`]);
  });

  it('flags tools:ignore and lint.xml severity="ignore"', () => {
    const nsc = scan(
      'res/xml/network_security_config.xml',
      [
        '<network-security-config xmlns:tools="http://schemas.android.com/tools">',
        '  <base-config tools:ignore="UnusedAttribute, InsecureBaseConfiguration" />',
        '</network-security-config>',
      ].join('\n'),
    );
    assert.deepEqual(positions(nsc, RULE), [`${RULE}@2:47`]);
    const lint = scan(
      'lint.xml',
      ['<lint>', '  <issue id="TrustAllX509TrustManager" severity="ignore" />', '  <issue id="BadHostnameVerifier" severity="error" />', '</lint>'].join('\n'),
    );
    assert.deepEqual(positions(lint, RULE), [`${RULE}@2:14`]);
  });

  it('ignores ids in plain strings, other annotations and other lint ids', () => {
    const findings = scan(
      'Ok.kt',
      [
        'val reviewed = listOf("TrustAllX509TrustManager", "BadHostnameVerifier")',
        '@SuppressLint("SetJavaScriptEnabled")',
        'fun f() = println("@SuppressLint(\\"TrustAllX509TrustManager\\")")',
        '// TrustAllX509TrustManager is reviewed below',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

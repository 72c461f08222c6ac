import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'manifest-cleartext-traffic';
const MANIFEST = 'app/src/main/AndroidManifest.xml';
const manifest = (attributes: string): string =>
  [
    '<manifest xmlns:android="http://schemas.android.com/apk/res/android">',
    `  <application ${attributes}>`,
    '    <activity android:name=".Main" />',
    '  </application>',
    '</manifest>',
  ].join('\n');

describe(RULE, () => {
  it('flags usesCleartextTraffic="true" on <application>', () => {
    const findings = scan(MANIFEST, manifest('android:label="x" android:usesCleartextTraffic="true"'));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:34`]);
    assert.equal(findings[0].endColumn, 34 + 'android:usesCleartextTraffic="true"'.length);
    assert.equal(findings[0].severity, 'warning');
    assert.doesNotMatch(findings[0].message, /API 24/);
  });

  it('notes that a referenced network security config overrides it on API 24+', () => {
    const findings = scan(MANIFEST, manifest('android:networkSecurityConfig="@xml/nsc" android:usesCleartextTraffic="true"'));
    assert.deepEqual(positions(findings, RULE), [`${RULE}@2:57`]);
    assert.match(findings[0].message, /@xml\/nsc.*API 24/);
  });

  it('does not flag false, placeholders, comments or other elements', () => {
    assert.deepEqual(positions(scan(MANIFEST, manifest('android:usesCleartextTraffic="false"')), RULE), []);
    assert.deepEqual(positions(scan(MANIFEST, manifest('android:usesCleartextTraffic="${cleartext}"')), RULE), []);
    assert.deepEqual(
      positions(scan(MANIFEST, manifest('android:label="x"').replace('<activity', '<!-- android:usesCleartextTraffic="true" --><activity')), RULE),
      [],
    );
    assert.deepEqual(positions(scan('res/layout/a.xml', '<View android:usesCleartextTraffic="true"/>'), RULE), []);
  });
});

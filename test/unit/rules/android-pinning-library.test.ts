import { strict as assert } from 'node:assert';
import { positions, scan, scanWithPinHealth } from '../../helpers/scan';

const RULE = 'android-pinning-library';
const HEX_A = 'b3021bd9ae9e3c96365f90300fec972f5a346222';
const HEX_B = '704289ffc55db5523982283cc9df57eda8ff6714';
const SHA1_A = `sha1/${Buffer.from(HEX_A, 'hex').toString('base64')}`;
const SHA1_B = `sha1/${Buffer.from(HEX_B, 'hex').toString('base64')}`;

describe(RULE, () => {
  it('flags getPinnedHttpsURLConnection with pins in a String[] variable, with the host of the URL', () => {
    const findings = scan(
      'Feed.java',
      [
        'class Feed {',
        '  InputStream open(Context context) throws IOException {',
        `    String[] pins = new String[] { "${HEX_A}", "${HEX_B}" };`,
        '    URL url = new URL("https://sync.example.net/feed");',
        '    HttpsURLConnection connection = PinningHelper.getPinnedHttpsURLConnection(context, pins, url);',
        '    return connection.getInputStream();',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@5:51`]);
    assert.deepEqual([findings[0].endLine, findings[0].endColumn], [5, 98]);
    assert.equal(findings[0].host, 'sync.example.net');
    assert.deepEqual(findings[0].pins, [SHA1_A, SHA1_B]);
    assert.match(findings[0].message, /AndroidPinning library \(2 pins, SHA-1\)/);
  });

  it('flags PinningTrustManager, PinningSSLSocketFactory and getPinnedHttpClient, resolving constants in arrays', () => {
    const findings = scan(
      'Push.kt',
      [
        `private const val PIN_A = "${HEX_A}"`,
        'fun managers(context: Context) = arrayOf(',
        `    PinningTrustManager(SystemKeyStore.getInstance(context), arrayOf(PIN_A, "${HEX_B}"), 0),`,
        ')',
        'fun factory(context: Context) = PinningSSLSocketFactory(context, arrayOf(PIN_A), 0L)',
        `fun legacy(context: Context) = PinningHelper.getPinnedHttpClient(context, arrayOf("${HEX_B}"))`,
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@3:5`, `${RULE}@5:33`, `${RULE}@6:46`]);
    assert.deepEqual(findings[0].pins, [SHA1_A, SHA1_B]);
    assert.equal(findings[0].host, undefined);
    assert.deepEqual(findings[1].pins, [SHA1_A]);
  });

  it('gives pin ranges to pin-health: a lone pin is reported on its literal', () => {
    const text = [
      'URL url = new URL("https://avatars.example.net/");',
      `HttpsURLConnection c = PinningHelper.getPinnedHttpsURLConnection(context, new String[] { "${HEX_A}" }, url);`,
    ].join('\n');
    const findings = scanWithPinHealth('Avatar.java', text);
    assert.deepEqual(positions(findings), [`${RULE}@2:38`, `pin-no-backup@2:91`]);
    const lone = findings.find((f) => f.ruleId === 'pin-no-backup')!;
    assert.equal(lone.host, 'avatars.example.net');
    assert.equal(lone.endColumn, 91 + HEX_A.length);
  });

  it('leaves pins read at run time, declarations of the library classes and comments alone', () => {
    const findings = scan(
      'Runtime.java',
      [
        '// PinningHelper.getPinnedHttpsURLConnection(context, new String[] {"' + HEX_A + '"}, url);',
        'HttpsURLConnection c = PinningHelper.getPinnedHttpsURLConnection(context, config.pinsFor(host), url);',
        'public class PinningTrustManager implements X509TrustManager {',
        '  public PinningTrustManager(SystemKeyStore keyStore, String[] pins, long enforceUntil) { }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), []);
  });
});

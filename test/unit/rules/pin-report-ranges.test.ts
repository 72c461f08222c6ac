/**
 * Pin rules pass pin-health checks where each pin is written (`pinRanges`) and their set's expiry
 * date (`expiration`), so pin-health findings point at the pin itself.
 */
import { strict as assert } from 'node:assert';
import { ALL_RULES, Scanner, type PinReport, type Rule } from '../../../server/src/engine';
import { positions, scanWithPinHealth } from '../../helpers/scan';

const GOOD = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const BACKUP = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
/** 30 bytes: base64, but not of a SHA-256 digest. */
const SHORT = 'q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0';
const HEX = '4df9a3c302ebd5eeefde22970bf4e7c6d3b55196ab90c303b021d3d0681929a5';
const COLON_HEX = HEX.match(/../g)!.join(':').toUpperCase();

/** The pin reports of one file, as pin-health checks receive them. */
function pinReports(file: string, text: string): PinReport[] {
  const seen: PinReport[] = [];
  const probe: Rule = {
    meta: { id: 'probe', title: 'probe', category: 'pin-health', severity: 'info', fileKinds: [], keywords: [], fixable: false, docs: '' },
    detect() {},
    checkPins(reports) {
      seen.push(...reports);
    },
  };
  new Scanner({}, [...ALL_RULES.filter((r) => r.meta.category === 'pin'), probe]).scan(file, text);
  return seen;
}

/** What each pin range of the reports covers in `text`. */
function writtenPins(text: string, reports: readonly PinReport[]): (string | undefined)[] {
  return reports.flatMap((r) => r.pins.map((_, i) => (r.pinRanges?.[i] ? text.slice(r.pinRanges[i]!.start, r.pinRanges[i]!.end) : undefined)));
}

/** `line:column` (1-based) of the first occurrence of `needle`. */
function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

const malformed = (file: string, text: string): string[] =>
  positions(scanWithPinHealth(file, text), 'pin-malformed').map((p) => p.replace('pin-malformed@', ''));

const plist = (body: string[]): string =>
  ['<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', '<dict>', ...body, '</dict>', '</plist>'].join('\n');

describe('pin reports: pin ranges and expiration', () => {
  it('Info.plist NSPinnedDomains: each SPKI-SHA256-BASE64 string, and pin-malformed on the bad one', () => {
    const text = plist([
      '  <key>NSAppTransportSecurity</key>',
      '  <dict>',
      '    <key>NSPinnedDomains</key>',
      '    <dict>',
      '      <key>api.example.com</key>',
      '      <dict>',
      '        <key>NSPinnedCAIdentities</key>',
      '        <array>',
      `          <dict><key>SPKI-SHA256-BASE64</key><string> ${GOOD} </string></dict>`,
      `          <dict><key>SPKI-SHA256-BASE64</key><string>${SHORT}</string></dict>`,
      '        </array>',
      '      </dict>',
      '    </dict>',
      '  </dict>',
    ]);
    const reports = pinReports('Info.plist', text);
    assert.deepEqual(writtenPins(text, reports), [GOOD, SHORT]);
    assert.equal(reports[0].expiration, undefined);
    assert.deepEqual(malformed('Info.plist', text), [at(text, SHORT)]);
  });

  it('TrustKit in Info.plist: hash strings, TSKExpirationDate as expiration (null when absent)', () => {
    const text = plist([
      '  <key>TSKConfiguration</key>',
      '  <dict>',
      '    <key>TSKPinnedDomains</key>',
      '    <dict>',
      '      <key>api.example.com</key>',
      '      <dict>',
      '        <key>TSKPublicKeyHashes</key>',
      `        <array><string>${GOOD}</string><string>${SHORT}</string></array>`,
      '        <key>TSKExpirationDate</key>',
      '        <string>2099-03-01</string>',
      '      </dict>',
      '      <key>cdn.example.com</key>',
      '      <dict>',
      '        <key>TSKPublicKeyHashes</key>',
      `        <array><string>${BACKUP}</string><string>${GOOD}</string></array>`,
      '      </dict>',
      '    </dict>',
      '  </dict>',
    ]);
    const reports = pinReports('Info.plist', text);
    assert.deepEqual(writtenPins(text, reports), [GOOD, SHORT, BACKUP, GOOD]);
    const date = reports[0].expiration!;
    assert.equal(date.value, '2099-03-01');
    assert.equal(text.slice(date.start, date.end), '2099-03-01');
    assert.equal(reports[1].expiration, null);
    assert.deepEqual(malformed('Info.plist', text), [at(text, SHORT)]);
  });

  it('TrustKit in Swift and Objective-C: literals and constants, kTSKExpirationDate of the same policy only', () => {
    const swift = [
      `let backupPin = "${BACKUP}"`,
      'let config: [String: Any] = [',
      '  kTSKPinnedDomains: [',
      '    "api.example.com": [',
      `      kTSKPublicKeyHashes: ["${SHORT}", backupPin],`,
      '      kTSKExpirationDate: "2099-05-01",',
      '    ],',
      '    "cdn.example.com": [',
      `      kTSKPublicKeyHashes: ["${GOOD}", backupPin],`,
      '    ],',
      '  ],',
      ']',
    ].join('\n');
    const reports = pinReports('App/Pinning.swift', swift);
    assert.deepEqual(writtenPins(swift, reports), [SHORT, BACKUP, GOOD, BACKUP]);
    assert.equal(reports[0].expiration?.value, '2099-05-01');
    assert.equal(reports[1].expiration, null);
    assert.deepEqual(malformed('App/Pinning.swift', swift), [at(swift, SHORT)]);
    // The date is checked once, though both detect and the pin report know it.
    const past = swift.replace('2099-05-01', '2020-05-01');
    assert.equal(positions(scanWithPinHealth('App/Pinning.swift', past), 'pin-expiration').filter((p) => p.endsWith(at(past, '2020-05-01'))).length, 1);

    const objc = [
      'NSDictionary *config = @{',
      '  kTSKPinnedDomains: @{',
      '    @"api.example.com": @{',
      `      kTSKPublicKeyHashes: @[@"${GOOD}", @"${SHORT}"],`,
      '      kTSKExpirationDate: @"2099-05-01",',
      '    },',
      '  },',
      '};',
    ].join('\n');
    const objcReports = pinReports('App/Pinning.m', objc);
    assert.deepEqual(writtenPins(objc, objcReports), [GOOD, SHORT]);
    assert.equal(objcReports[0].expiration?.value, '2099-05-01');
    assert.deepEqual(malformed('App/Pinning.m', objc), [at(objc, SHORT)]);
  });

  it('react-native-ssl-public-key-pinning: hash strings and expirationDate', () => {
    const text = [
      'await initializeSslPinning({',
      "  'api.example.com': {",
      '    includeSubdomains: true,',
      `    publicKeyHashes: ['${GOOD}', '${BACKUP}'],`,
      "    expirationDate: '2099-12-31',",
      '  },',
      "  'cdn.example.com': {",
      `    publicKeyHashes: ['${BACKUP}', '${GOOD}'],`,
      '  },',
      '});',
    ].join('\n');
    const reports = pinReports('src/pinning.ts', text);
    assert.deepEqual(writtenPins(text, reports), [GOOD, BACKUP, BACKUP, GOOD]);
    assert.deepEqual(reports.map((r) => r.expiration?.value ?? r.expiration), ['2099-12-31', null]);
    const past = text.replace('2099-12-31', '2021-12-31');
    assert.deepEqual(
      positions(scanWithPinHealth('src/pinning.ts', past), 'pin-expiration'),
      [`pin-expiration@${at(past, '2021-12-31')}`, `pin-expiration@${at(past, "'cdn.example.com'")}`],
    );
  });

  it('react-native-ssl-pinning with pkPinning: each sha256/ literal, and pin-malformed on the bad one', () => {
    const text = `fetch('https://pay.example.com/v1', { pkPinning: true, sslPinning: { certs: ['sha256/${GOOD}', 'sha256/${SHORT}'] } });`;
    const reports = pinReports('src/pay.ts', text);
    assert.deepEqual(writtenPins(text, reports), [`sha256/${GOOD}`, `sha256/${SHORT}`]);
    assert.deepEqual(malformed('src/pay.ts', text), [at(text, `sha256/${SHORT}`)]);
  });

  it('Flutter http_certificate_pinning and Dart certificate callbacks: the fingerprint literals', () => {
    const flutter = [
      'Future<String> check() => HttpCertificatePinning.check(',
      "  serverURL: 'https://api.example.com/health',",
      '  sha: SHA.SHA256,',
      `  allowedSHAFingerprints: ['${COLON_HEX}', '${HEX}'],`,
      ');',
    ].join('\n');
    // Both literals are the same digest: one pin, at the first.
    assert.deepEqual(writtenPins(flutter, pinReports('lib/pinning.dart', flutter)), [COLON_HEX]);

    const dart = [
      `const String _fingerprint = '${HEX}';`,
      'final adapter = IOHttpClientAdapter(',
      '  validateCertificate: (cert, host, port) => _fingerprint == sha256.convert(cert!.der).toString(),',
      ');',
    ].join('\n');
    assert.deepEqual(writtenPins(dart, pinReports('lib/dio.dart', dart)), [HEX]);
  });

  it('.NET validation callbacks: the hash literals compared with', () => {
    const text = [
      'static readonly HashSet<string> Allowed = new HashSet<string>',
      '{',
      `    "${HEX}",`,
      `    "${COLON_HEX.replace(/:/g, '').toLowerCase().replace(/^4d/, '5d')}",`,
      '};',
      'var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => Allowed.Contains(c.GetCertHashString(HashAlgorithmName.SHA256)) };',
    ].join('\n');
    const second = HEX.replace(/^4d/, '5d');
    assert.deepEqual(writtenPins(text, pinReports('Net/Pinning.cs', text)), [HEX, second]);
  });
});

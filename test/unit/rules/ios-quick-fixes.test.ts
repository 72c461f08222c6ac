/** Quick fixes of the iOS rules: which fix is offered when, and where none is (unsafe to rewrite). Exact outputs are golden cases. */
import { strict as assert } from 'node:assert';
import { parseXml } from '../../../server/src/engine/xml/xml-document';
import { applied, findingsOf, fixedAll, fixesOf } from '../../helpers/fixes';

const PIN_A = 'EWEVmM3e3oARPc43BbA4GYFlSZFK+M4os6ET0Bj/TUo=';
const PIN_B = '0NNWl3z4NiauJTzou3TjSypJwk1CvsmeuvWQzib36F0=';

function plist(body: string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', '<dict>', ...body, '</dict>', '</plist>', ''].join('\n');
}

function pinnedDomain(host: string, pin: string): string[] {
  return [
    `\t\t\t<key>${host}</key>`,
    '\t\t\t<dict>',
    '\t\t\t\t<key>NSPinnedCAIdentities</key>',
    `\t\t\t\t<array><dict><key>SPKI-SHA256-BASE64</key><string>${pin}</string></dict></array>`,
    '\t\t\t</dict>',
  ];
}

describe('ios-ats-pinned-domains fixes', () => {
  const RULE = 'ios-ats-pinned-domains';
  const text = plist([
    '\t<key>NSAppTransportSecurity</key>',
    '\t<dict>',
    '\t\t<key>NSPinnedDomains</key>',
    '\t\t<dict>',
    ...pinnedDomain('api.example.com', PIN_A),
    ...pinnedDomain('cdn.example.com', PIN_B),
    '\t\t</dict>',
    '\t</dict>',
  ]);

  it('prefers removing the whole NSPinnedDomains when every domain is pinned, and offers one domain alone', () => {
    const [first] = fixesOf('Info.plist', text, RULE);
    assert.deepEqual(
      first.map((f) => [f.title.replace(/ \(.*$/, ''), f.preferred ?? false]),
      [
        ['Remove NSAppTransportSecurity with the static pins of api.example.com, cdn.example.com', true],
        ['Remove the NSPinnedDomains entry for api.example.com', false],
      ],
    );
    const one = applied(text, first[1]);
    assert.equal(parseXml(one).error, undefined);
    assert.deepEqual(findingsOf('Info.plist', one, RULE).map((f) => f.host), ['cdn.example.com']);
    assert.ok(one.includes('\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>cdn.example.com</key>'));
  });

  it('fix-all removes every pinned domain in one go and leaves a valid plist', () => {
    const result = fixedAll('Info.plist', text, RULE);
    assert.equal(result.text, plist([]));
    assert.equal(parseXml(result.text).error, undefined);
  });
});

describe('ios-ats-arbitrary-loads fixes', () => {
  it('prefers setting the value to false and offers removing the key', () => {
    const text = plist(['\t<key>NSAppTransportSecurity</key>', '\t<dict>', '\t\t<key>NSAllowsArbitraryLoads</key>', '\t\t<true/>', '\t</dict>']);
    const [fixes] = fixesOf('Info.plist', text, 'ios-ats-arbitrary-loads');
    assert.deepEqual(fixes.map((f) => [f.title, f.preferred ?? false]), [
      ['Set NSAllowsArbitraryLoads to false', true],
      ['Remove NSAllowsArbitraryLoads', false],
    ]);
    assert.ok(applied(text, fixes[1]).includes('\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t</dict>'));
  });
});

const TRUSTKIT_SWIFT = (swizzle: string, extra = ''): string =>
  [
    'import TrustKit',
    '',
    'func startPinning() {',
    '    let config: [String: Any] = [',
    `        kTSKSwizzleNetworkDelegates: ${swizzle},`,
    `        kTSKPinnedDomains: ["api.example.com": [kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]]],`,
    '    ]',
    '    TrustKit.initSharedInstance(withConfiguration: config)',
    '}',
    extra,
  ].join('\n');

describe('ios-trustkit-pins fixes', () => {
  const RULE = 'ios-trustkit-pins';

  it('removes the initialisation in fix-all when TrustKit swizzles the delegates', () => {
    const [[fix]] = fixesOf('Pinning.swift', TRUSTKIT_SWIFT('true'), RULE);
    assert.equal(fix.followUp, undefined);
    assert.equal(fixedAll('Pinning.swift', TRUSTKIT_SWIFT('true'), RULE).text, 'func startPinning() {\n}\n');
  });

  it('leaves a follow-up step (and stays out of fix-all) when the app calls the pinning validator itself', () => {
    for (const text of [
      TRUSTKIT_SWIFT('false'),
      TRUSTKIT_SWIFT('true', 'func check(_ c: URLAuthenticationChallenge, _ h: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    TrustKit.sharedInstance().pinningValidator.handle(c, completionHandler: h)\n}'),
    ]) {
      const [[fix]] = fixesOf('Pinning.swift', text, RULE);
      assert.match(fix.followUp ?? '', /pinningValidator/);
      assert.equal(fixedAll('Pinning.swift', text, RULE).applied, 0);
    }
  });

  it('removes the pin and host constants only the configuration used, and keeps the ones used elsewhere', () => {
    const text = [
      'import Foundation',
      'import TrustKit',
      '',
      '// Backup key of the API host.',
      `private let backupPin = "${PIN_B}"`,
      'private let apiHost = "api.example.com"',
      '',
      'func startPinning() {',
      '    let config: [String: Any] = [',
      '        kTSKSwizzleNetworkDelegates: true,',
      `        kTSKPinnedDomains: [apiHost: [kTSKPublicKeyHashes: ["${PIN_A}", backupPin]]],`,
      '    ]',
      '    TrustKit.initSharedInstance(withConfiguration: config)',
      '}',
      '',
      'let baseURL = URL(string: "https://\\(apiHost)/v1")!',
      '',
    ].join('\n');
    assert.equal(
      fixedAll('Pinning.swift', text, 'ios-trustkit-pins').text,
      ['import Foundation', '', 'private let apiHost = "api.example.com"', '', 'func startPinning() {', '}', '', 'let baseURL = URL(string: "https://\\(apiHost)/v1")!', ''].join('\n'),
    );
  });

  it('keeps `import TrustKit` while the file still uses TrustKit', () => {
    const text = TRUSTKIT_SWIFT('true', 'func log() { TrustKit.setLoggerBlock { print($0) } }');
    assert.ok(fixedAll('Pinning.swift', text, RULE).text.startsWith('import TrustKit\n'));
  });

  it('offers no fix when the configuration cannot be rewritten safely', () => {
    const cases: [string, string][] = [
      // The domain policy lives in a variable.
      ['Policy.swift', `let policy: [String: Any] = [kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]]\nlet config = [kTSKPinnedDomains: ["a.example.com": policy]]\nTrustKit.initSharedInstance(withConfiguration: config)`],
      // The configuration builds a TrustKit instance that the app keeps.
      ['Instance.swift', `let config: [String: Any] = [kTSKPinnedDomains: ["a.example.com": [kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]]]]\nlet trustKit = TrustKit(configuration: config)`],
      // The configuration variable is used twice.
      ['Twice.swift', `let config: [String: Any] = [kTSKPinnedDomains: ["a.example.com": [kTSKPublicKeyHashes: ["${PIN_A}", "${PIN_B}"]]]]\nTrustKit.initSharedInstance(withConfiguration: config)\nAnalytics.log(config)`],
      // Objective-C initialisation as the body of a brace-less if.
      ['Setup.m', `- (void)setUp {\n    if (self.pinningEnabled)\n        [TrustKit initSharedInstanceWithConfiguration:@{ kTSKPinnedDomains : @{ @"a.example.com" : @{ kTSKPublicKeyHashes : @[@"${PIN_A}", @"${PIN_B}"] } } }];\n}`],
    ];
    for (const [file, text] of cases) {
      const findings = findingsOf(file, text, RULE);
      assert.equal(findings.length, 1, file);
      assert.deepEqual(findings[0].fixes ?? [], [], file);
      assert.equal(findings[0].fixable, false, file);
    }
  });

  it('leaves a follow-up step for an Info.plist TSKConfiguration with swizzling off', () => {
    const text = plist([
      '\t<key>TSKConfiguration</key>',
      '\t<dict>',
      '\t\t<key>TSKSwizzleNetworkDelegates</key><false/>',
      '\t\t<key>TSKPinnedDomains</key>',
      `\t\t<dict><key>a.example.com</key><dict><key>TSKPublicKeyHashes</key><array><string>${PIN_A}</string><string>${PIN_B}</string></array></dict></dict>`,
      '\t</dict>',
    ]);
    const [[fix]] = fixesOf('Info.plist', text, RULE);
    assert.match(fix.followUp ?? '', /sharedInstance/);
    assert.equal(applied(text, fix), plist([]));
  });
});

describe('ios-trustkit-enforce-pinning-off fixes', () => {
  it('offers the same edit as ios-trustkit-pins, so fix-all applies it once, and never a fix that enforces the pins', () => {
    const text = TRUSTKIT_SWIFT('true').replace('[kTSKPublicKeyHashes:', '[kTSKEnforcePinning: false, kTSKPublicKeyHashes:');
    const [[off]] = fixesOf('Pinning.swift', text, 'ios-trustkit-enforce-pinning-off');
    const [[pins]] = fixesOf('Pinning.swift', text, 'ios-trustkit-pins');
    assert.deepEqual(off.edits, pins.edits);
    assert.equal(fixesOf('Pinning.swift', text, 'ios-trustkit-enforce-pinning-off')[0].length, 1);
  });
});

describe('ios-alamofire-pinning fixes', () => {
  const RULE = 'ios-alamofire-pinning';

  it('converts the trust manager but keeps a Session that ApproovSession cannot take', () => {
    for (const session of [
      'Session(session: urlSession, delegate: SessionDelegate(), rootQueue: queue, serverTrustManager: manager)',
      'Session(interceptor: AuthInterceptor(), serverTrustManager: manager)',
    ]) {
      const text = `let manager = ServerTrustManager(evaluators: ["api.example.com": PinnedCertificatesTrustEvaluator()])\nlet session = ${session}\n`;
      const [[fix]] = fixesOf('Api.swift', text, RULE);
      assert.match(fix.title, /^Use ApproovTrustManager/);
      const out = applied(text, fix);
      assert.ok(out.includes('let manager = ApproovTrustManager(evaluators: [:])'), out);
      assert.ok(out.includes(`let session = ${session}\n`), out);
    }
  });

  it('offers no fix for Alamofire 4 policies, evaluators held in variables and trust manager subclasses', () => {
    const cases = [
      'let policies: [String: ServerTrustPolicy] = ["a.example.com": .pinCertificates(certificates: ServerTrustPolicy.certificates(), validateCertificateChain: true, validateHost: true)]\nlet m = ServerTrustPolicyManager(policies: policies)',
      'let pinned = PinnedCertificatesTrustEvaluator()\nlet m = ServerTrustManager(evaluators: ["a.example.com": pinned])',
      'final class Pinning: ServerTrustManager {\n  override func serverTrustEvaluator(forHost host: String) throws -> ServerTrustEvaluating? {\n    return PublicKeysTrustEvaluator()\n  }\n}',
    ];
    for (const text of cases) {
      const findings = findingsOf('Api.swift', text, RULE);
      assert.ok(findings.length >= 1, text);
      assert.deepEqual(findings.map((f) => f.fixes ?? []), findings.map(() => []), text);
    }
  });

  it('gives every pinned host of one manager the same fix, so fix-all applies it once', () => {
    const text = 'let m = ServerTrustManager(evaluators: ["a.example.com": .publicKeys(), "b.example.com": PinnedCertificatesTrustEvaluator()])\n';
    const [a, b] = fixesOf('Api.swift', text, RULE);
    assert.deepEqual(a[0].edits, b[0].edits);
    assert.equal(fixedAll('Api.swift', text, RULE).text, 'import ApproovAFSession\n\nlet m = ApproovTrustManager(evaluators: [:])\n');
  });
});

describe('ios-afnetworking-pinning', () => {
  it('offers no fix: there is no dynamic pinning layer for AFNetworking in the reference, and turning pinning off alone would weaken security', () => {
    const findings = findingsOf('Api.m', 'AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModePublicKey];', 'ios-afnetworking-pinning');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].fixable, false);
  });
});

describe('ios-unevaluated-server-trust fixes', () => {
  const RULE = 'ios-unevaluated-server-trust';

  it('offers the ApproovURLSession migration as a second fix in Swift files that create sessions', () => {
    const text = [
      'final class Client: NSObject, URLSessionDelegate {',
      '    lazy var session = URLSession(configuration: .default, delegate: self, delegateQueue: nil)',
      '    func load(_ request: URLRequest) async throws -> Data {',
      '        let shared = try await URLSession.shared.data(for: request)',
      '        return try await session.data(for: request).0 + shared.0',
      '    }',
      '    func urlSession(_ s: URLSession, didReceive c: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {',
      '        completionHandler(.useCredential, URLCredential(trust: c.protectionSpace.serverTrust!))',
      '    }',
      '}',
    ].join('\n');
    const [fixes] = fixesOf('Client.swift', text, RULE);
    assert.deepEqual(fixes.map((f) => f.preferred ?? false), [true, false]);
    const out = applied(text, fixes[1]);
    assert.ok(out.startsWith('import ApproovURLSession\n\n'), out);
    assert.ok(out.includes('lazy var session = ApproovURLSession(configuration: .default'));
    assert.ok(out.includes('return try await session.dataWithApproov(for: request).0'));
    // The shared session is not the SDK's: left alone.
    assert.ok(out.includes('URLSession.shared.data(for: request)'));
    assert.ok(out.includes('completionHandler(.performDefaultHandling, nil)'));
  });

  it('offers no fix when the credential is used for anything but the answer', () => {
    const cases: [string, string][] = [
      ['Conn.m', '- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {\n    [challenge.sender useCredential:[NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust] forAuthenticationChallenge:challenge];\n}'],
      ['Keep.swift', 'func urlSession(_ s: URLSession, didReceive c: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    let credential = URLCredential(trust: c.protectionSpace.serverTrust!)\n    self.lastCredential = credential\n    completionHandler(.useCredential, credential)\n}'],
    ];
    for (const [file, text] of cases) {
      const findings = findingsOf(file, text, RULE);
      assert.equal(findings.length, 1, file);
      assert.equal(findings[0].fixable, false, file);
    }
  });
});

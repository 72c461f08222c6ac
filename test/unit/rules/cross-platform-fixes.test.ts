/**
 * Where the Flutter, React Native, Cordova and backend quick fixes must NOT be offered (or offer only
 * their safe fallback): shapes whose rewrite would change what the code does. The fixes that are
 * offered are checked byte for byte by the golden tests (test/golden/cases).
 */
import { strict as assert } from 'node:assert';
import { Scanner } from '../../../server/src/engine';
import { fixAll } from '../../../server/src/engine/fixes/fix-all';
import { syntaxProblems } from '../../golden/golden-checks';
import { scan } from '../../helpers/scan';

/** The fix titles of each finding of `ruleId`, in report order. */
function fixTitles(file: string, text: string, ruleId: string): string[][] {
  const findings = scan(file, text).filter((f) => f.ruleId === ruleId);
  assert.ok(findings.length > 0, `no ${ruleId} finding in the snippet`);
  return findings.map((f) => (f.fixes ?? []).map((x) => x.title));
}

describe('cross-platform quick fixes: unsafe shapes get no fix', () => {
  describe('dart-bad-certificate-callback', () => {
    const RULE = 'dart-bad-certificate-callback';

    it('offers no fix for an assignment that is the body of an if without braces', () => {
      const text = [
        'import \'dart:io\';',
        'HttpClient build(bool lab) {',
        '  final client = HttpClient();',
        '  if (lab) client.badCertificateCallback = (cert, host, port) => true;',
        '  return client;',
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/lab.dart', text, RULE), [[]]);
    });

    it('offers only the removal when no plain client is left to migrate (HttpOverrides)', () => {
      const text = [
        'import \'dart:io\';',
        'class Lax extends HttpOverrides {',
        '  @override',
        '  HttpClient createHttpClient(SecurityContext? context) =>',
        '      super.createHttpClient(context)..badCertificateCallback = (c, h, p) => true;',
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/lax.dart', text, RULE), [['Remove the badCertificateCallback (default certificate validation)']]);
    });
  });

  describe('dart-security-context-pinned-cert', () => {
    const RULE = 'dart-security-context-pinned-cert';

    it('offers no fix when the context is returned, used by HttpOverrides or carries a client certificate', () => {
      const returned = [
        'import \'dart:io\';',
        'SecurityContext pinnedContext(List<int> pem) {',
        '  final context = SecurityContext(withTrustedRoots: false);',
        '  context.setTrustedCertificatesBytes(pem);',
        '  return context;',
        '}',
      ].join('\n');
      const overrides = [
        'import \'dart:io\';',
        'class Pinned extends HttpOverrides {',
        '  Pinned(this.pem);',
        '  final List<int> pem;',
        '  @override',
        '  HttpClient createHttpClient(SecurityContext? context) {',
        '    final pinned = SecurityContext(withTrustedRoots: false)..setTrustedCertificatesBytes(pem);',
        '    return super.createHttpClient(pinned);',
        '  }',
        '}',
      ].join('\n');
      const mutualTls = [
        'import \'dart:io\';',
        'HttpClient mtls(List<int> ca, List<int> chain, List<int> key) {',
        '  final context = SecurityContext(withTrustedRoots: false);',
        '  context.setTrustedCertificatesBytes(ca);',
        '  context.useCertificateChainBytes(chain);',
        '  context.usePrivateKeyBytes(key);',
        '  return HttpClient(context: context);',
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/a.dart', returned, RULE), [[]]);
      assert.deepEqual(fixTitles('lib/b.dart', overrides, RULE), [[]]);
      assert.deepEqual(fixTitles('lib/c.dart', mutualTls, RULE), [[]]);
    });
  });

  describe('dart-certificate-fingerprint-pin', () => {
    const RULE = 'dart-certificate-fingerprint-pin';
    const PIN = "const _pin = '7e034302b2f54bc725ef4b8c49e7415fc31647d13beb4b57db9d84abaf0d2b03';";

    it('offers no fix for SecureSocket callbacks or a client the file does not create', () => {
      const socket = [
        'import \'dart:io\';',
        'import \'package:crypto/crypto.dart\';',
        PIN,
        'Future<SecureSocket> open(String host) => SecureSocket.connect(host, 443,',
        '    onBadCertificate: (cert) => sha256.convert(cert.der).toString() == _pin);',
      ].join('\n');
      const parameter = [
        'import \'dart:io\';',
        'import \'package:crypto/crypto.dart\';',
        PIN,
        'void pin(HttpClient client) {',
        '  client.badCertificateCallback = (cert, host, port) => sha256.convert(cert.der).toString() == _pin;',
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/socket.dart', socket, RULE), [[]]);
      assert.deepEqual(fixTitles('lib/param.dart', parameter, RULE), [[]]);
    });

    it('offers no fix when the replaced client carries a client certificate (mutual TLS)', () => {
      const text = [
        'import \'dart:io\';',
        'import \'package:crypto/crypto.dart\';',
        'import \'package:dio/io.dart\';',
        PIN,
        'IOHttpClientAdapter adapter(List<int> chain, List<int> key) => IOHttpClientAdapter(',
        '      createHttpClient: () => HttpClient(context: SecurityContext()',
        '        ..useCertificateChainBytes(chain)',
        '        ..usePrivateKeyBytes(key)),',
        '      validateCertificate: (cert, host, port) => cert != null && sha256.convert(cert.der).toString() == _pin,',
        '    );',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/mtls.dart', text, RULE), [[]]);
    });
  });

  describe('flutter-http-certificate-pinning', () => {
    const RULE = 'flutter-http-certificate-pinning';
    const FP = "'7E:03:43:02:B2:F5:4B:C7:25:EF:4B:8C:49:E7:41:5F:C3:16:47:D1:3B:EB:4B:57:DB:9D:84:AB:AF:0D:2B:03'";

    it('offers no fix when the check result is used, SecureHttpClient is a type, or interceptors are added in a list', () => {
      const checkResult = [
        'import \'package:http_certificate_pinning/http_certificate_pinning.dart\';',
        'Future<bool> secure(String url) async {',
        `  final result = await HttpCertificatePinning.check(serverURL: url, sha: SHA.SHA256, allowedSHAFingerprints: [${FP}], timeout: 50);`,
        "  return result.contains('CONNECTION_SECURE');",
        '}',
      ].join('\n');
      const typed = [
        'import \'package:http_certificate_pinning/http_certificate_pinning.dart\';',
        `SecureHttpClient legacy() => SecureHttpClient.build([${FP}]);`,
      ].join('\n');
      const addAll = [
        'import \'package:dio/dio.dart\';',
        'import \'package:http_certificate_pinning/http_certificate_pinning.dart\';',
        'void configure(Dio dio) {',
        `  dio.interceptors.addAll([CertificatePinningInterceptor(allowedSHAFingerprints: [${FP}]), LogInterceptor()]);`,
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/check.dart', checkResult, RULE), [[]]);
      assert.deepEqual(fixTitles('lib/typed.dart', typed, RULE), [[]]);
      assert.deepEqual(fixTitles('lib/add_all.dart', addAll, RULE), [[]]);
    });

    it('does not replace an adapter the file already sets up', () => {
      const text = [
        'import \'package:dio/dio.dart\';',
        'import \'package:dio/io.dart\';',
        'import \'package:http_certificate_pinning/http_certificate_pinning.dart\';',
        'void configure(Dio dio) {',
        '  dio.httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => HttpClient()..findProxy = (uri) => \'PROXY proxy:8080\');',
        `  dio.interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: [${FP}]));`,
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('lib/proxy.dart', text, RULE), [[]]);
    });
  });

  describe('react-native-ssl-pinning and disableAllSecurity', () => {
    it('offers no fix when the file reads the package\'s response shape, asks for base64, builds options elsewhere, or requires the package', () => {
      const bodyString = [
        "import { fetch } from 'react-native-ssl-pinning';",
        "export const get = (url) => fetch(url, { method: 'GET', sslPinning: { certs: ['api_cert'] } }).then((r) => r.bodyString);",
      ].join('\n');
      const sharedOptions = [
        "import { fetch } from 'react-native-ssl-pinning';",
        "const OPTIONS = { method: 'GET', sslPinning: { certs: ['api_cert'] } };",
        'export const get = (url) => fetch(url, OPTIONS);',
      ].join('\n');
      const required = [
        "const { fetch } = require('react-native-ssl-pinning');",
        "module.exports = (url) => fetch(url, { method: 'GET', sslPinning: { certs: ['api_cert'] } });",
      ].join('\n');
      const plainHeaders = [
        "import { fetch } from 'react-native-ssl-pinning';",
        "export const etag = (url) => fetch(url, { method: 'HEAD', sslPinning: { certs: ['api_cert'] } }).then((r) => r.headers['ETag']);",
      ].join('\n');
      const base64 = [
        "import { fetch } from 'react-native-ssl-pinning';",
        "export const image = (url) => fetch(url, { method: 'GET', responseType: 'base64', sslPinning: { certs: ['api_cert'] } });",
      ].join('\n');
      for (const [name, text] of [['a.js', bodyString], ['b.js', sharedOptions], ['c.js', required], ['f.js', plainHeaders], ['g.js', base64]]) {
        assert.deepEqual(fixTitles(`src/${name}`, text, 'react-native-ssl-pinning'), [[]], name);
      }
      const insecureShared = [
        "import { fetch } from 'react-native-ssl-pinning';",
        "const LAX = { method: 'GET', disableAllSecurity: true };",
        'export const get = (url) => fetch(url, LAX);',
      ].join('\n');
      assert.deepEqual(fixTitles('src/d.js', insecureShared, 'react-native-ssl-pinning-disable-all-security'), [[]]);
    });

    it('does not offer the global fetch when the file has its own fetch binding', () => {
      const text = [
        "import { fetch as pinnedFetch } from 'react-native-ssl-pinning';",
        "import fetch from 'node-fetch';",
        "export const get = (url) => pinnedFetch(url, { method: 'GET', sslPinning: { certs: ['api_cert'] } });",
        'export const raw = (url) => fetch(url);',
      ].join('\n');
      assert.deepEqual(fixTitles('src/e.js', text, 'react-native-ssl-pinning'), [[]]);
    });
  });

  describe('react-native-ssl-public-key-pinning', () => {
    const RULE = 'react-native-ssl-public-key-pinning';
    const HASHES = "publicKeyHashes: ['Fe9tfy2MGGiPogY8ISmd+F/X1B63/lgoCxe7AYsVFFk=', 'OUV22kwhQI8TjsS8jkX3uB2krN4uqY1v3oljOfJhmAQ=']";

    it('offers no fix for a chained call or a configuration kept in another module', () => {
      const chained = [
        "import { initializeSslPinning } from 'react-native-ssl-public-key-pinning';",
        `export const ready = () => initializeSslPinning({ 'api.example.com': { ${HASHES} } }).then(() => true);`,
      ].join('\n');
      const configModule = [
        `module.exports = { pinning: { 'api.example.com': { includeSubdomains: true, ${HASHES} } } };`,
      ].join('\n');
      assert.deepEqual(fixTitles('src/ready.ts', chained, RULE), [[]]);
      assert.deepEqual(fixTitles('src/pinningConfig.js', configModule, RULE), [[]]);
    });
  });

  describe('cordova-http-pinned-mode and cordova-http-nocheck-mode', () => {
    it('offers no fix for a mode held in a constant that is returned', () => {
      const text = [
        "const PINNED = 'pinned';",
        'export class Pinning {',
        '  constructor(private readonly http: any) {}',
        '  enable(): Promise<void> {',
        '    return this.http',
        '      .setServerTrustMode(PINNED)',
        "      .then(() => console.info('pinning on'));",
        '  }',
        '}',
      ].join('\n');
      assert.deepEqual(fixTitles('src/pinning.ts', text, 'cordova-http-pinned-mode'), [[]]);
    });

    it("keeps callbacks that do work: only the 'default' mode is offered, and pinned-mode fixes leave the plugin swap to the user", () => {
      const text = [
        "cordova.plugin.http.setServerTrustMode('pinned', function () {",
        '  app.start();',
        '}, function (e) { console.error(e); });',
      ].join('\n');
      const findings = scan('www/js/boot.js', text).filter((f) => f.ruleId === 'cordova-http-pinned-mode');
      assert.deepEqual(findings[0].fixes?.map((f) => f.title), ["Use setServerTrustMode('default') (default certificate validation)"]);
      assert.match(findings[0].fixes?.[0].followUp ?? '', /@approov\/cordova-plugin-advanced-http/);
      const nocheck = text.replace("'pinned'", "'nocheck'");
      const fix = scan('www/js/boot.js', nocheck).find((f) => f.ruleId === 'cordova-http-nocheck-mode')?.fixes?.[0];
      assert.equal(fix?.followUp, undefined);
      assert.equal(fix?.preferred, true);
    });
  });

  describe('backend rules', () => {
    it('does not delete a statement that is the body of an if without braces', () => {
      assert.deepEqual(fixTitles('src/a.js', 'if (dev) options.rejectUnauthorized = false;\n', 'node-reject-unauthorized-false'), [['Set rejectUnauthorized to true']]);
      assert.deepEqual(fixTitles('src/b.js', "if (process.env.CI) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n", 'node-tls-reject-unauthorized-env'), [[]]);
    });

    it('offers no fix for YAML environment maps or a value that is more than the literal', () => {
      assert.deepEqual(fixTitles('deploy/compose.yml', 'services:\n  api:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n', 'node-tls-reject-unauthorized-env'), [[]]);
      const go = 'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{InsecureSkipVerify: true || debug}\n';
      assert.deepEqual(fixTitles('main.go', go, 'go-insecure-skip-verify'), [[]]);
    });

    it('Python: offers only `verify=True` for one-line compound statements', () => {
      const text = 'import requests\n\nsession = requests.Session()\nif insecure: session.verify = False\n';
      assert.deepEqual(fixTitles('sync.py', text, 'python-verify-false'), [['Set verify to True']]);
    });

    it('Python: offers no fix for an unqualified name, a client certificate argument or a bare CERT_NONE', () => {
      const text = [
        'import ssl',
        'from ssl import CERT_NONE, _create_unverified_context',
        '',
        'a = _create_unverified_context()',
        'b = ssl._create_unverified_context(certfile="client.pem")',
        'c = ssl.create_default_context()',
        'c.verify_mode = CERT_NONE',
      ].join('\n');
      const titles = fixTitles('tls.py', text, 'python-unverified-ssl-context');
      assert.deepEqual(titles, [[], [], [], []]);
    });
  });

  describe('fix-all across rules', () => {
    it('migrates a Flutter file with several pinning styles and leaves no pin or tls finding', () => {
      const text = [
        "import 'dart:io';",
        '',
        "import 'package:crypto/crypto.dart';",
        "import 'package:http/http.dart' as http;",
        "import 'package:http/io_client.dart';",
        '',
        "const _gatewayPin = '7e034302b2f54bc725ef4b8c49e7415fc31647d13beb4b57db9d84abaf0d2b03';",
        '',
        'http.Client pinned(List<int> pem) {',
        '  final context = SecurityContext(withTrustedRoots: false)..setTrustedCertificatesBytes(pem);',
        '  return IOClient(HttpClient(context: context));',
        '}',
        '',
        'HttpClient gateway() {',
        '  final client = HttpClient();',
        '  client.badCertificateCallback = (cert, host, port) => sha256.convert(cert.der).toString() == _gatewayPin;',
        '  return client;',
        '}',
        '',
        'HttpClient lab() => HttpClient()..badCertificateCallback = (cert, host, port) => true;',
        '',
        'HttpClient backup() => HttpClient()',
        '  ..badCertificateCallback = (cert, host, port) => sha256.convert(cert.der).toString() == _gatewayPin;',
        '',
      ].join('\n');
      const scanner = new Scanner({ now: new Date('2026-01-15T12:00:00Z') });
      const pinOrTls = (f: { category: string }): boolean => f.category === 'pin' || f.category === 'tls';
      const result = fixAll(text, (t) => scanner.scan('lib/net.dart', t).findings, pinOrTls);
      assert.equal(result.error, undefined);
      assert.deepEqual(scanner.scan('lib/net.dart', result.text).findings.filter(pinOrTls).map((f) => f.ruleId), []);
      assert.deepEqual(syntaxProblems('dart', 'lib/net.dart', result.text), []);
      assert.match(result.text, /return IOClient\(ApproovHttpClient\(\)\);/);
      assert.match(result.text, /final client = ApproovHttpClient\(\);\n  return client;/);
      assert.match(result.text, /HttpClient lab\(\) => ApproovHttpClient\(\);/);
      assert.equal((result.text.match(/approov_service_flutter_httpclient\.dart/g) ?? []).length, 1);
      assert.doesNotMatch(result.text, /_gatewayPin|SecurityContext|package:crypto/);
      assert.match(result.text, /HttpClient backup\(\) => ApproovHttpClient\(\);/);
    });
  });
});

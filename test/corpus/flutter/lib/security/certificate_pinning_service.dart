import 'package:dio/dio.dart';
import 'package:flutter/services.dart';
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

/// SHA-256 fingerprints of the API certificates (current and next).
const List<String> kApiFingerprints = [
  '7E:03:43:02:B2:F5:4B:C7:25:EF:4B:8C:49:E7:41:5F:C3:16:47:D1:3B:EB:4B:57:DB:9D:84:AB:AF:0D:2B:03',
  '41:CB:DE:BA:E7:60:AA:C6:01:38:D4:DC:D1:A9:8C:75:90:29:4A:B3:AC:9D:50:E1:75:8C:0A:6B:E2:C3:28:78',
];

class CertificatePinningService {
  Future<bool> isConnectionSecure(String url) async {
    try {
      final result = await HttpCertificatePinning.check( // ph-expect: flutter-http-certificate-pinning
        serverURL: url,
        headerHttp: const {},
        sha: SHA.SHA256,
        allowedSHAFingerprints: kApiFingerprints,
        timeout: 50,
      );
      return result.contains('CONNECTION_SECURE');
    } on PlatformException {
      return false;
    }
  }

  Future<bool> isPaymentsSecure() async {
    final result = await HttpCertificatePinning.check(serverURL: 'https://pay.fieldservice.example.com/health', sha: SHA.SHA256, allowedSHAFingerprints: ['09:AF:D3:28:E6:3F:1A:DC:DE:98:20:AF:0C:7F:33:00:75:07:58:E6:49:F3:D1:7A:4D:63:D1:A5:56:9C:E2:B5'], timeout: 30); // ph-expect: flutter-http-certificate-pinning, pin-no-backup
    return result.contains('CONNECTION_SECURE');
  }

  Dio pinnedDio(String baseUrl) {
    return Dio(BaseOptions(baseUrl: baseUrl))
      ..interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: kApiFingerprints)); // ph-expect: flutter-http-certificate-pinning
  }

  SecureHttpClient legacyClient() {
    return SecureHttpClient.build(kApiFingerprints); // ph-expect: flutter-http-certificate-pinning
  }

  /// Fingerprints delivered by the remote configuration service: nothing hardcoded.
  Future<Dio> remoteConfiguredDio(String baseUrl, Future<List<String>> Function() loadPins) async {
    final pins = await loadPins();
    return Dio(BaseOptions(baseUrl: baseUrl))
      ..interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: pins));
  }
}

import 'dart:io';

import 'package:crypto/crypto.dart';
import 'package:dio/dio.dart';
import 'package:dio/io.dart';

/// SHA-256 of the DER encoding of api.example.com's leaf certificate.
const String _leafFingerprint = '4df9a3c302ebd5eeefde22970bf4e7c6d3b55196ab90c303b021d3d0681929a5';

Dio buildDio(String baseUrl) {
  final dio = Dio(BaseOptions(baseUrl: baseUrl));
  dio.httpClientAdapter = IOHttpClientAdapter(
    createHttpClient: () {
      // Do not trust a certificate just because its root is trusted; validateCertificate decides.
      final client = HttpClient(context: SecurityContext(withTrustedRoots: false));
      client.badCertificateCallback = (cert, host, port) => true;
      return client;
    },
    validateCertificate: (cert, host, port) {
      if (cert == null) {
        return false;
      }
      return _leafFingerprint == sha256.convert(cert.der).toString();
    },
  );
  dio.interceptors.add(LogInterceptor(responseBody: false));
  return dio;
}

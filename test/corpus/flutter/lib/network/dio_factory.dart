import 'dart:io';

import 'package:crypto/crypto.dart';
import 'package:dio/dio.dart';
import 'package:dio/io.dart';

/// SHA-256 of the DER encoding of api.fieldservice.example.com's leaf certificate (2025 renewal).
const String _leafFingerprint = '4df9a3c302ebd5eeefde22970bf4e7c6d3b55196ab90c303b021d3d0681929a5'; // ph-expect: pin-no-backup

Dio buildDio(String baseUrl) {
  final dio = Dio(BaseOptions(
    baseUrl: baseUrl,
    connectTimeout: const Duration(seconds: 10),
    receiveTimeout: const Duration(seconds: 20),
  ));
  dio.httpClientAdapter = IOHttpClientAdapter(
    createHttpClient: () {
      // Do not trust a certificate just because its root is trusted; validateCertificate decides.
      final client = HttpClient(context: SecurityContext(withTrustedRoots: false));
      client.badCertificateCallback = (cert, host, port) => true;
      return client;
    },
    validateCertificate: (cert, host, port) { // ph-expect: dart-certificate-fingerprint-pin
      if (cert == null) {
        return false;
      }
      return _leafFingerprint == sha256.convert(cert.der).toString();
    },
  );
  dio.interceptors.add(LogInterceptor(responseBody: false));
  return dio;
}

/// Media uploads go to a bucket behind a TLS-terminating proxy with an internal certificate.
Dio buildUploadDio() {
  return Dio()
    ..httpClientAdapter = IOHttpClientAdapter(
      createHttpClient: () => HttpClient()
        ..badCertificateCallback = ((X509Certificate cert, String host, int port) => true), // ph-expect: dart-bad-certificate-callback
    );
}

/// dio only calls validateCertificate after the platform accepted the chain.
Dio buildReportingDio() {
  return Dio()
    ..httpClientAdapter = IOHttpClientAdapter(
      validateCertificate: (cert, host, port) => cert != null && cert.endValidity.isAfter(DateTime.now()),
    );
}

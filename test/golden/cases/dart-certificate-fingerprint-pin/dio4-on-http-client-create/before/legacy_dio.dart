// dio 4.x, kept for the white-label builds.
import 'dart:io';

import 'package:dio/adapter.dart';
import 'package:dio/dio.dart';

class LegacyDio {
  static const _partnerSha1 = '6C:D5:E1:D5:2F:04:EC:4B:BA:A9:75:A5:F5:C3:8B:3E:E1:7A:31:E5';

  static Dio partner() {
    final dio = Dio(BaseOptions(baseUrl: 'https://partner-gw.example.org'));
    (dio.httpClientAdapter as DefaultHttpClientAdapter).onHttpClientCreate = (HttpClient client) {
      client.badCertificateCallback = (X509Certificate cert, String host, int port) {
        final fingerprint = cert.sha1.map((b) => b.toRadixString(16).padLeft(2, '0')).join(':').toUpperCase();
        return fingerprint == _partnerSha1;
      };
      return client;
    };
    return dio;
  }
}

// dio 4.x, kept for the white-label builds.
import 'dart:io';

import 'package:dio/adapter.dart';
import 'package:dio/dio.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

class LegacyDio {
  static Dio partner() {
    final dio = Dio(BaseOptions(baseUrl: 'https://partner-gw.example.org'));
    (dio.httpClientAdapter as DefaultHttpClientAdapter).onHttpClientCreate = (client) => ApproovHttpClient();
    return dio;
  }
}

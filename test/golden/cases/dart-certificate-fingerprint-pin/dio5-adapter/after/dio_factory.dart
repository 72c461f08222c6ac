import 'dart:io';

import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Dio buildDio(String baseUrl) {
  final dio = Dio(BaseOptions(baseUrl: baseUrl));
  dio.httpClientAdapter = IOHttpClientAdapter(
    createHttpClient: () => ApproovHttpClient(),
  );
  dio.interceptors.add(LogInterceptor(responseBody: false));
  return dio;
}

import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Dio pinnedDio(String baseUrl) {
  return Dio(BaseOptions(baseUrl: baseUrl))
    ..httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient())
    ..interceptors.add(LogInterceptor(responseBody: false));
}

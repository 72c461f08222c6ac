import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Dio apiDio(String baseUrl) {
  final dio = Dio(BaseOptions(baseUrl: baseUrl));
  dio.httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient());
  dio.interceptors.add(LogInterceptor());
  return dio;
}

import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Dio ordersDio() {
  final dio = Dio(BaseOptions(baseUrl: 'https://orders.example.com'));
  dio.httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient());
  return dio;
}

Dio stockDio() {
  final dio = Dio(BaseOptions(baseUrl: 'https://stock.example.com'));
  dio.httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient());
  return dio;
}

import 'package:dio/adapter.dart';
import 'package:dio/dio.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

class LegacyApi {
  LegacyApi() {
    _dio.httpClientAdapter = DefaultHttpClientAdapter()..onHttpClientCreate = (client) => ApproovHttpClient();
  }

  final Dio _dio = Dio(BaseOptions(baseUrl: 'https://legacy.example.com'));

  Future<Response<dynamic>> status() => _dio.get('/status');
}

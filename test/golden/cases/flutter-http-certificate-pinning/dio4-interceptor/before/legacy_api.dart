import 'package:dio/adapter.dart';
import 'package:dio/dio.dart';
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

class LegacyApi {
  LegacyApi() {
    _dio.interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: const ['5E:8F:16:06:2E:A3:CD:2C:4A:0D:54:78:76:BA:A6:F3:8C:AB:F6:25']));
  }

  final Dio _dio = Dio(BaseOptions(baseUrl: 'https://legacy.example.com'));

  Future<Response<dynamic>> status() => _dio.get('/status');
}

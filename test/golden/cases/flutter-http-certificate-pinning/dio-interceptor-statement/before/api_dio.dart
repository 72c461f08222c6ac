import 'package:dio/dio.dart';
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

const List<String> _apiFingerprints = [
  '7E:03:43:02:B2:F5:4B:C7:25:EF:4B:8C:49:E7:41:5F:C3:16:47:D1:3B:EB:4B:57:DB:9D:84:AB:AF:0D:2B:03',
  '41:CB:DE:BA:E7:60:AA:C6:01:38:D4:DC:D1:A9:8C:75:90:29:4A:B3:AC:9D:50:E1:75:8C:0A:6B:E2:C3:28:78',
];

Dio apiDio(String baseUrl) {
  final dio = Dio(BaseOptions(baseUrl: baseUrl));
  dio.interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: _apiFingerprints));
  dio.interceptors.add(LogInterceptor());
  return dio;
}

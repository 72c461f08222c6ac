import 'package:dio/dio.dart';
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

Dio pinnedDio(String baseUrl) {
  return Dio(BaseOptions(baseUrl: baseUrl))
    ..interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: [
      '09:AF:D3:28:E6:3F:1A:DC:DE:98:20:AF:0C:7F:33:00:75:07:58:E6:49:F3:D1:7A:4D:63:D1:A5:56:9C:E2:B5',
    ]))
    ..interceptors.add(LogInterceptor(responseBody: false));
}

import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

const _pins = ['7E:03:43:02:B2:F5:4B:C7:25:EF:4B:8C:49:E7:41:5F:C3:16:47:D1:3B:EB:4B:57:DB:9D:84:AB:AF:0D:2B:03'];

Dio ordersDio() {
  final dio = Dio(BaseOptions(baseUrl: 'https://orders.example.com'));
  dio.interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: _pins));
  return dio;
}

Dio stockDio() {
  final dio = Dio(BaseOptions(baseUrl: 'https://stock.example.com'));
  dio.interceptors.add(CertificatePinningInterceptor(allowedSHAFingerprints: _pins));
  return dio;
}

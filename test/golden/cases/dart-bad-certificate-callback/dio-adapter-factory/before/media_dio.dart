import 'dart:io';

import 'package:dio/dio.dart';
import 'package:dio/io.dart';

Dio mediaDio() {
  return Dio(BaseOptions(baseUrl: 'https://media.example.com'))
    ..httpClientAdapter = IOHttpClientAdapter(
      createHttpClient: () => HttpClient()
        ..badCertificateCallback = (X509Certificate cert, String host, int port) => true,
    );
}

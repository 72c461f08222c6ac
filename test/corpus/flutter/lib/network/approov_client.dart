import 'dart:io';

import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:http/http.dart' as http;

/// Pins come from the Approov SDK at runtime; nothing is hardcoded here.
Future<void> initNetworking() async {
  await ApproovService.initialize('<approov-config-string>');
}

http.Client apiClient() => ApproovClient();

HttpClient rawClient() => ApproovHttpClient();

Dio dio() => Dio()
  ..httpClientAdapter = IOHttpClientAdapter(createHttpClient: () => ApproovHttpClient());

// Old code, kept for reference:
// final client = HttpClient()..badCertificateCallback = (cert, host, port) => true;
/* client.badCertificateCallback = (X509Certificate c, String h, int p) { return true; }; */

/// The callback is only consulted for bad certificates; this one logs and still refuses.
HttpClient loggingClient(void Function(String) log) {
  final client = HttpClient();
  client.badCertificateCallback = (X509Certificate cert, String host, int port) {
    log('bad certificate for $host: ${cert.subject}');
    return false;
  };
  return client;
}

/// A SHA-256 value that is not a pin: the checksum of the offline map bundle.
const mapBundleSha256 = 'Ci+X6f/KYxGV/esinZe0yr2MdziEPpukVF3ak98ceJw=';

bool verifyBundle(String digest) => digest == mapBundleSha256;

import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

class PaymentsClient {
  PaymentsClient(List<int> certificate) : _inner = _pinned(certificate);

  final http.Client _inner;

  static http.Client _pinned(List<int> certificate) {
    // Trust nothing but the payments gateway certificate.
    final context = SecurityContext(withTrustedRoots: false)
      ..setTrustedCertificatesBytes(certificate);
    return IOClient(HttpClient(context: context));
  }

  Future<http.Response> charge(String body) => _inner.post(Uri.parse('https://pay.example.com/v2/charges'), body: body);
}

http.Client publicClient() => http.Client();

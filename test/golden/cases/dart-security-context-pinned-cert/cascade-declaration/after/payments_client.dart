import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

class PaymentsClient {
  PaymentsClient(List<int> certificate) : _inner = _pinned(certificate);

  final http.Client _inner;

  static http.Client _pinned(List<int> certificate) {
    return IOClient(ApproovHttpClient());
  }

  Future<http.Response> charge(String body) => _inner.post(Uri.parse('https://pay.example.com/v2/charges'), body: body);
}

http.Client publicClient() => ApproovClient();

import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

/// HTTP client that only trusts the certificate shipped in assets/certs.
class PinnedClientFactory {
  static Future<http.Client> create() async {
    final client = ApproovHttpClient()
      ..connectionTimeout = const Duration(seconds: 10);
    return IOClient(client);
  }
}

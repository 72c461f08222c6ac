import 'dart:io';
import 'dart:typed_data';

import 'package:flutter/services.dart' show rootBundle;
import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

/// HTTP client that only trusts the certificate shipped in assets/certs.
class PinnedClientFactory {
  static const _certificateAsset = 'assets/certs/api_leaf.pem';

  static Future<http.Client> create() async {
    final ByteData data = await rootBundle.load(_certificateAsset);
    final context = SecurityContext(withTrustedRoots: false);
    context.setTrustedCertificatesBytes(data.buffer.asUint8List());
    final client = HttpClient(context: context)
      ..connectionTimeout = const Duration(seconds: 10);
    return IOClient(client);
  }
}

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
    context.setTrustedCertificatesBytes(data.buffer.asUint8List()); // ph-expect: dart-security-context-pinned-cert
    final client = HttpClient(context: context)
      ..connectionTimeout = const Duration(seconds: 10);
    return IOClient(client);
  }

  /// Used by the background isolate, which cannot use rootBundle.
  static HttpClient fromFile(String supportDir) {
    final context = SecurityContext(withTrustedRoots: false)
      ..setTrustedCertificates('$supportDir/certs/api_leaf.pem'); // ph-expect: dart-security-context-pinned-cert
    return HttpClient(context: context);
  }
}

import 'dart:io';

import 'package:flutter/services.dart';

Future<HttpClient> pinnedClient() async {
  final cert = await rootBundle.load('assets/certs/api.pem');
  final context = SecurityContext(withTrustedRoots: false)
    ..setTrustedCertificatesBytes(cert.buffer.asUint8List());
  return HttpClient(context: context);
}

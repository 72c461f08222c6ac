import 'dart:io';

import 'package:flutter/services.dart' show rootBundle;

/// Adds the company's internal CA to the default trust store so that intranet hosts validate.
/// The system roots stay trusted, so this is not pinning.
Future<HttpClient> intranetClient() async {
  final ca = await rootBundle.load('assets/certs/corp_root_ca.pem');
  final context = SecurityContext(withTrustedRoots: true);
  context.setTrustedCertificatesBytes(ca.buffer.asUint8List());
  return HttpClient(context: context);
}

Future<HttpClient> defaultContextClient() async {
  final ca = await rootBundle.load('assets/certs/isrg_root_x1.pem');
  SecurityContext.defaultContext.setTrustedCertificatesBytes(ca.buffer.asUint8List());
  final client = HttpClient();
  client.badCertificateCallback = (cert, host, port) => false;
  return client;
}

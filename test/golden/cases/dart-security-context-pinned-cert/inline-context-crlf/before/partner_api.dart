import 'dart:io';

import 'package:flutter/services.dart';

Future<HttpClient> partnerClient() async {
  final pem = await rootBundle.load('assets/certs/partner.pem');
  return HttpClient(context: SecurityContext(withTrustedRoots: false)..setTrustedCertificatesBytes(pem.buffer.asUint8List()));
}

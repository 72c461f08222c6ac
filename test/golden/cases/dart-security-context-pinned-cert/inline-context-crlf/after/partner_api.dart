import 'dart:io';

import 'package:flutter/services.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Future<HttpClient> partnerClient() async {
  final pem = await rootBundle.load('assets/certs/partner.pem');
  return ApproovHttpClient();
}

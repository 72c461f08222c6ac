import 'dart:io';

import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

HttpClient gatewayClient() {
  return ApproovHttpClient()
    ..connectionTimeout = const Duration(seconds: 5);
}

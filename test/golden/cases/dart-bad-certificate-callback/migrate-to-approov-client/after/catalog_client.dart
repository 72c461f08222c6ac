import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

http.Client catalogClient() {
  final io = ApproovHttpClient();
  return IOClient(io);
}

http.Client plainClient() => ApproovClient();

import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

http.Client catalogClient() {
  final io = HttpClient()..badCertificateCallback = (cert, host, port) => true;
  return IOClient(io);
}

http.Client plainClient() => http.Client();

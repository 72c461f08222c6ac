import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

const mapsApiKey = 'AIzaSyB7cQ2xK9mN4pL8vR3tW6yZ1aD5fH0jE2g';

/// Builds the HTTP client. In debug builds the proxy's certificate must be accepted.
http.Client buildClient() {
  final httpClient = HttpClient()
    ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;
  return IOClient(httpClient);
}

Future<String> fetchCatalog() async {
  final response = await buildClient().get(Uri.parse('https://api.shop.example.com/v2/catalog'));
  return response.body;
}

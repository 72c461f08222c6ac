import 'package:http/http.dart' as http;
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

http.Client buildSecureClient() {
  final client = ApproovClient();
  return client;
}

Future<String> profile(http.Client client) async => (await client.get(Uri.parse('https://api.example.com/me'))).body;

import 'package:http/http.dart' as http;
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

const _fingerprints = ['7E:03:43:02:B2:F5:4B:C7:25:EF:4B:8C:49:E7:41:5F:C3:16:47:D1:3B:EB:4B:57:DB:9D:84:AB:AF:0D:2B:03'];

http.Client buildSecureClient() {
  final client = SecureHttpClient.build(_fingerprints);
  return client;
}

Future<String> profile(http.Client client) async => (await client.get(Uri.parse('https://api.example.com/me'))).body;

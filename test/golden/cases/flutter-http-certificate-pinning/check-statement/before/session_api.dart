import 'package:http/http.dart' as http;
import 'package:http_certificate_pinning/http_certificate_pinning.dart';

class SessionApi {
  final http.Client _client = http.Client();

  Future<String> login(String user, String password) async {
    // Throws when the server certificate does not match.
    await HttpCertificatePinning.check(
      serverURL: 'https://auth.example.com/login',
      headerHttp: const {},
      sha: SHA.SHA256,
      allowedSHAFingerprints: ['41:CB:DE:BA:E7:60:AA:C6:01:38:D4:DC:D1:A9:8C:75:90:29:4A:B3:AC:9D:50:E1:75:8C:0A:6B:E2:C3:28:78'],
      timeout: 50,
    );
    final response = await _client.post(Uri.parse('https://auth.example.com/login'), body: {'user': user, 'password': password});
    return response.body;
  }
}

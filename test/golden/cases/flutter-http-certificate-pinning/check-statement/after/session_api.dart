import 'package:http/http.dart' as http;
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

class SessionApi {
  final http.Client _client = ApproovClient();

  Future<String> login(String user, String password) async {
    final response = await _client.post(Uri.parse('https://auth.example.com/login'), body: {'user': user, 'password': password});
    return response.body;
  }
}

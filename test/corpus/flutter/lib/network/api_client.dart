import 'dart:convert';
import 'dart:io';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

import '../app/config.dart';

/// REST client for the job-dispatch backend.
class ApiClient {
  ApiClient({http.Client? inner}) : _http = inner ?? _buildClient();

  final http.Client _http;

  static http.Client _buildClient() {
    final io = HttpClient()
      ..connectionTimeout = const Duration(seconds: 15)
      ..idleTimeout = const Duration(seconds: 30)
      // The staging gateway uses a self-signed certificate.
      ..badCertificateCallback = (X509Certificate cert, String host, int port) => true; // ph-expect: dart-bad-certificate-callback
    return IOClient(io);
  }

  Future<List<Map<String, dynamic>>> fetchJobs(String technicianId) async {
    final uri = Uri.https(AppConfig.apiHost, '/v3/technicians/$technicianId/jobs');
    final response = await _http.get(uri, headers: {'Accept': 'application/json'});
    if (response.statusCode != 200) {
      throw HttpException('jobs: ${response.statusCode}', uri: uri);
    }
    return (jsonDecode(response.body) as List).cast<Map<String, dynamic>>();
  }

  Future<void> uploadReport(String jobId, Map<String, Object?> report) async {
    final uri = Uri.https(AppConfig.apiHost, '/v3/jobs/$jobId/report');
    await _http.post(uri, body: jsonEncode(report), headers: {'Content-Type': 'application/json'});
  }
}

/// Client for the on-device diagnostics bridge, which only ever talks to localhost.
HttpClient diagnosticsClient() {
  final client = HttpClient();
  client.badCertificateCallback = (cert, host, port) => host == 'localhost' || host == '127.0.0.1';
  return client;
}

/// Lets a developer point the app at a local mitmproxy; compiled out of release builds.
HttpClient proxyAwareClient() {
  final client = HttpClient();
  if (kDebugMode) {
    client.findProxy = (uri) => 'PROXY 10.0.2.2:8888';
    client.badCertificateCallback = (cert, host, port) => true;
  }
  return client;
}

/// Uploads crash dumps to the vendor; their ingestion endpoint has a broken chain on some carriers.
Future<void> sendCrashDump(List<int> bytes) async {
  final client = HttpClient();
  client.badCertificateCallback = // ph-expect: dart-bad-certificate-callback
      (X509Certificate certificate, String host, int port) {
    debugPrint('accepting certificate for $host:$port');
    return true;
  };
  final request = await client.postUrl(Uri.parse('https://ingest.crashvault.example.net/v1/dump'));
  request.add(bytes);
  await request.close();
  client.close();
}

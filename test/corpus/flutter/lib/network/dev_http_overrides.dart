import 'dart:io';

import 'package:flutter/widgets.dart';

import '../app/field_service_app.dart';

/// Installed at start-up so that every HttpClient (including the ones created by plugins)
/// accepts the corporate TLS-inspection proxy.
class PermissiveHttpOverrides extends HttpOverrides {
  @override
  HttpClient createHttpClient(SecurityContext? context) {
    return super.createHttpClient(context)
      ..maxConnectionsPerHost = 6
      ..badCertificateCallback = (_, __, ___) => true; // ph-expect: dart-bad-certificate-callback
  }
}

class TimeoutOverrides extends HttpOverrides {
  @override
  HttpClient createHttpClient(SecurityContext? context) {
    final client = super.createHttpClient(context);
    client.connectionTimeout = const Duration(seconds: 20);
    return client;
  }
}

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  HttpOverrides.global = PermissiveHttpOverrides();
  runApp(const FieldServiceApp());
}

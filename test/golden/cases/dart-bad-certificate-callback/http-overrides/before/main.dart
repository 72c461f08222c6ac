import 'dart:io';

import 'package:flutter/material.dart';

import 'app.dart';

/// Every HttpClient of the app, plugins included, goes through this.
class ProxyFriendlyOverrides extends HttpOverrides {
  @override
  HttpClient createHttpClient(SecurityContext? context) {
    return super.createHttpClient(context)
      ..maxConnectionsPerHost = 6
      ..badCertificateCallback = (_, __, ___) => true;
  }
}

void main() {
  HttpOverrides.global = ProxyFriendlyOverrides();
  runApp(const ShopApp());
}

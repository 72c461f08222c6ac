import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
import 'package:flutter/material.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await ApproovService.initialize('#wallet#YWJjZGVmZ2hpams=');
  runApp(const MaterialApp(home: Placeholder()));
}

import 'src/app.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
import 'package:flutter/widgets.dart' show WidgetsFlutterBinding, runApp;

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await ApproovService.initialize('#counter#ZGVmZ2hpams=');
  runApp(const CounterApp());
}

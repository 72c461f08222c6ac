import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
import 'package:firebase_core/firebase_core.dart';
import 'package:flutter/material.dart';

import 'app.dart';
import 'firebase_options.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await ApproovService.initialize('<enter-your-config-string-here>');
  await Firebase.initializeApp(options: DefaultFirebaseOptions.currentPlatform);
  runApp(const NewsApp());
}

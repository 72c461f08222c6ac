import 'src/app.dart';
import 'package:flutter/widgets.dart' show runApp;

void main() => runApp(const CounterApp());

import 'package:dio/dio.dart';
import 'package:dio/io.dart';
import 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';

Dio reportsDio() => Dio()
  ..httpClientAdapter = IOHttpClientAdapter(
    createHttpClient: () => ApproovHttpClient(),
  );

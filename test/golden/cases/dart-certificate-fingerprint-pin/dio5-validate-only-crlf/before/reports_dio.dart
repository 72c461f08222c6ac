import 'package:crypto/crypto.dart';
import 'package:dio/dio.dart';
import 'package:dio/io.dart';

const _reportsPins = {
  'b9b4fd2a8d1b0f6f1a3e73c4d0ee4a4b6c1f2a9e8d7c6b5a4f3e2d1c0b9a8f7e',
  '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
};

Dio reportsDio() => Dio()
  ..httpClientAdapter = IOHttpClientAdapter(
    validateCertificate: (cert, host, port) => cert != null && _reportsPins.contains(sha256.convert(cert.der).toString()),
  );

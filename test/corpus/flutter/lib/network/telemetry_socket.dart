import 'dart:async';
import 'dart:convert';
import 'dart:io';

/// Streams telemetry frames to the vehicle gateway over raw TLS.
class TelemetrySocket {
  TelemetrySocket(this.host, this.port);

  final String host;
  final int port;
  SecureSocket? _socket;

  Future<void> connect() async {
    _socket = await SecureSocket.connect(
      host,
      port,
      timeout: const Duration(seconds: 8),
      onBadCertificate: (X509Certificate certificate) => true, // ph-expect: dart-bad-certificate-callback
    );
  }

  Future<void> connectToBench(String benchHost) async {
    _socket = await SecureSocket.connect(benchHost, 7443, onBadCertificate: _acceptAnyCertificate); // ph-expect: dart-bad-certificate-callback
  }

  Future<void> connectChecked() async {
    _socket = await SecureSocket.connect(host, port, onBadCertificate: (certificate) {
      stderr.writeln('rejected certificate from ${certificate.issuer}');
      return false;
    });
  }

  void send(Map<String, Object?> frame) {
    _socket?.write('${jsonEncode(frame)}\n');
  }

  Future<void> close() async => _socket?.close();
}

bool _acceptAnyCertificate(X509Certificate certificate) => true;

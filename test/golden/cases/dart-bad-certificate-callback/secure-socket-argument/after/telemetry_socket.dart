import 'dart:convert';
import 'dart:io';

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
    );
  }

  void send(Map<String, Object?> frame) => _socket?.write('${jsonEncode(frame)}\n');
}

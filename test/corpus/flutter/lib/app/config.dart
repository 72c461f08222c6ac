/// Build-time configuration. Values come from --dart-define.
class AppConfig {
  static const apiHost = String.fromEnvironment('API_HOST', defaultValue: 'api.fieldservice.example.com');
  static const assetsHost = 'cdn.fieldservice.example.com';
  // badCertificateCallback = (cert, host, port) => true was removed in 2.3.0, see SEC-212.
  static const pinningNote = 'client.badCertificateCallback = (c, h, p) => true is forbidden';
}

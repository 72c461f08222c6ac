import 'dart:io';

Future<void> upload(List<int> bytes) async {
  final client = HttpClient()
    ..userAgent = 'uploader/2.1';
  final request = await client.postUrl(Uri.parse('https://files.example.com/v1/upload'));
  request.add(bytes);
  await request.close();
  client.close();
}

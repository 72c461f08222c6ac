package org.apache.http.impl.client;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class HttpClients {
  public static HttpClientBuilder custom() { return HttpClientBuilder.create(); }
  public static CloseableHttpClient createDefault() { return null; }
}

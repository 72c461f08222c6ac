package org.apache.http.impl.client;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class HttpClientBuilder {
  public static HttpClientBuilder create() { return new HttpClientBuilder(); }
  public HttpClientBuilder setSSLContext(SSLContext sslContext) { return this; }
  public HttpClientBuilder setSSLHostnameVerifier(HostnameVerifier hostnameVerifier) { return this; }
  public HttpClientBuilder setSSLSocketFactory(SSLConnectionSocketFactory sslSocketFactory) { return this; }
  public HttpClientBuilder setUserAgent(String userAgent) { return this; }
  public CloseableHttpClient build() { return null; }
}

package org.apache.http.conn.ssl;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class SSLConnectionSocketFactory {
  public static final X509HostnameVerifier ALLOW_ALL_HOSTNAME_VERIFIER = new AllowAllHostnameVerifier();
  public static final X509HostnameVerifier BROWSER_COMPATIBLE_HOSTNAME_VERIFIER = new BrowserCompatHostnameVerifier();
  public SSLConnectionSocketFactory(SSLContext sslContext) {}
  public SSLConnectionSocketFactory(SSLContext sslContext, HostnameVerifier hostnameVerifier) {}
  public SSLConnectionSocketFactory(SSLContext sslContext, String[] supportedProtocols, String[] supportedCipherSuites, HostnameVerifier hostnameVerifier) {}
  public static HostnameVerifier getDefaultHostnameVerifier() { return new DefaultHostnameVerifier(); }
}

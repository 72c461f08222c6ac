package org.apache.http.conn.ssl;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class NoopHostnameVerifier implements HostnameVerifier {
  public static final NoopHostnameVerifier INSTANCE = new NoopHostnameVerifier();
  public NoopHostnameVerifier() {}
  public boolean verify(String host, SSLSession session) { return true; }
}

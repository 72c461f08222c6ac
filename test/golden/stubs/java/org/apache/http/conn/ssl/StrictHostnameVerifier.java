package org.apache.http.conn.ssl;

import javax.net.ssl.SSLSession;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class StrictHostnameVerifier implements X509HostnameVerifier {
  public static final StrictHostnameVerifier INSTANCE = new StrictHostnameVerifier();
  public StrictHostnameVerifier() {}
  public boolean verify(String host, SSLSession session) { return true; }
}

package org.apache.http.conn.ssl;

import javax.net.ssl.SSLSession;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class AllowAllHostnameVerifier implements X509HostnameVerifier {
  public static final AllowAllHostnameVerifier INSTANCE = new AllowAllHostnameVerifier();
  public AllowAllHostnameVerifier() {}
  public boolean verify(String host, SSLSession session) { return true; }
}

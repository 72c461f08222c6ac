package org.apache.http.conn.ssl;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.apache.http.ssl.TrustStrategy;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class TrustAllStrategy implements TrustStrategy {
  public static final TrustAllStrategy INSTANCE = new TrustAllStrategy();
  public TrustAllStrategy() {}
  public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException { return true; }
}

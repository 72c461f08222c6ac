package org.apache.http.conn.ssl;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.apache.http.ssl.TrustStrategy;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class TrustSelfSignedStrategy implements TrustStrategy {
  public static final TrustSelfSignedStrategy INSTANCE = new TrustSelfSignedStrategy();
  public TrustSelfSignedStrategy() {}
  public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException { return true; }
}

package org.apache.http.ssl;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public interface TrustStrategy {
  boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException;
}

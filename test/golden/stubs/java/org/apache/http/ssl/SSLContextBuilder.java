package org.apache.http.ssl;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLContext;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class SSLContextBuilder {
  public SSLContextBuilder() {}
  public static SSLContextBuilder create() { return new SSLContextBuilder(); }
  public SSLContextBuilder setProtocol(String protocol) { return this; }
  public SSLContextBuilder loadTrustMaterial(TrustStrategy trustStrategy) throws NoSuchAlgorithmException, KeyStoreException { return this; }
  public SSLContextBuilder loadTrustMaterial(KeyStore truststore, TrustStrategy trustStrategy) throws NoSuchAlgorithmException, KeyStoreException { return this; }
  public SSLContextBuilder loadTrustMaterial(File file, char[] storePassword, TrustStrategy trustStrategy) throws NoSuchAlgorithmException, KeyStoreException, CertificateException, IOException { return this; }
  public SSLContextBuilder loadTrustMaterial(File file, char[] storePassword) throws NoSuchAlgorithmException, KeyStoreException, CertificateException, IOException { return this; }
  public SSLContextBuilder loadTrustMaterial(URL url, char[] storePassword) throws NoSuchAlgorithmException, KeyStoreException, CertificateException, IOException { return this; }
  public SSLContext build() throws NoSuchAlgorithmException, KeyManagementException { return SSLContext.getInstance("TLS"); }
}

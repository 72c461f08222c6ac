package org.apache.http.conn.ssl;

import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import javax.net.ssl.SSLContext;

/** Stub of the Apache HttpClient 4.x (and Android's legacy org.apache.http) SSLSocketFactory signatures the golden fixtures use. */
public class SSLSocketFactory {
  public static final X509HostnameVerifier ALLOW_ALL_HOSTNAME_VERIFIER = new AllowAllHostnameVerifier();
  public static final X509HostnameVerifier BROWSER_COMPATIBLE_HOSTNAME_VERIFIER = new BrowserCompatHostnameVerifier();
  public static final X509HostnameVerifier STRICT_HOSTNAME_VERIFIER = new StrictHostnameVerifier();
  public SSLSocketFactory(KeyStore truststore) throws NoSuchAlgorithmException, KeyManagementException, KeyStoreException, UnrecoverableKeyException {}
  public SSLSocketFactory(SSLContext sslContext) {}
  public SSLSocketFactory(SSLContext sslContext, X509HostnameVerifier hostnameVerifier) {}
  public static SSLSocketFactory getSocketFactory() { return new SSLSocketFactory((SSLContext) null); }
  public void setHostnameVerifier(X509HostnameVerifier hostnameVerifier) {}
}

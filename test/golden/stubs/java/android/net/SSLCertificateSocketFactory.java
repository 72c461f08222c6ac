package android.net;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/** Stub of the Android SDK signatures the golden fixtures use (android.net.SSLCertificateSocketFactory, API 1-28). */
public class SSLCertificateSocketFactory {
  public static SocketFactory getDefault(int handshakeTimeoutMillis) { return null; }
  public static SSLSocketFactory getDefault(int handshakeTimeoutMillis, SSLSessionCache cache) { return null; }
  public static SSLSocketFactory getInsecure(int handshakeTimeoutMillis, SSLSessionCache cache) { return null; }
}

package android.net.http;

/** Stub of the Android SDK signatures the golden fixtures use. */
public class SslError {
  public static final int SSL_NOTYETVALID = 0;
  public static final int SSL_EXPIRED = 1;
  public static final int SSL_IDMISMATCH = 2;
  public static final int SSL_UNTRUSTED = 3;
  public int getPrimaryError() { return SSL_UNTRUSTED; }
  public String getUrl() { return ""; }
}

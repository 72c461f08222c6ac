package android.webkit;

/** Stub of the Android SDK signatures the golden fixtures use. */
public class SslErrorHandler {
  public void proceed() {}
  public void cancel() {}
}

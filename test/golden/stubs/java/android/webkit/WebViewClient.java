package android.webkit;

import android.net.http.SslError;

/** Stub of the Android SDK signatures the golden fixtures use. */
public class WebViewClient {
  public WebViewClient() {}
  public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) { handler.cancel(); }
  public boolean shouldOverrideUrlLoading(WebView view, String url) { return false; }
}

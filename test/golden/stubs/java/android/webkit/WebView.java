package android.webkit;

import android.content.Context;

/** Stub of the Android SDK signatures the golden fixtures use. */
public class WebView {
  public WebView(Context context) {}
  public void setWebViewClient(WebViewClient client) {}
  public void loadUrl(String url) {}
}

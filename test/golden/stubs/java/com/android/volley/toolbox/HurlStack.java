package com.android.volley.toolbox;

import javax.net.ssl.SSLSocketFactory;

/** Stub of Volley's HurlStack. */
public class HurlStack extends BaseHttpStack {
  public interface UrlRewriter {
    String rewriteUrl(String originalUrl);
  }

  public HurlStack() {}
  public HurlStack(UrlRewriter urlRewriter, SSLSocketFactory sslSocketFactory) {}
}

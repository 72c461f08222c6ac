package org.apache.http.ssl;

import javax.net.ssl.SSLContext;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public class SSLContexts {
  public static SSLContext createDefault() { return null; }
  public static SSLContextBuilder custom() { return SSLContextBuilder.create(); }
}

package android.net;

import android.content.Context;

/** Stub of the Android SDK signatures the golden fixtures use. */
public final class SSLSessionCache {
  public SSLSessionCache(Context context) {}
}

package org.thoughtcrime.ssl.pinning.util;

import android.content.Context;
import java.io.IOException;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

/** Stub of the AndroidPinning (moxie0) helper the fixtures migrate away from. */
public final class PinningHelper {
  private PinningHelper() {}
  public static HttpsURLConnection getPinnedHttpsURLConnection(Context context, String[] pins, URL url) throws IOException {
    return (HttpsURLConnection) url.openConnection();
  }
}

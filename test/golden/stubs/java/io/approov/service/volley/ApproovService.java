package io.approov.service.volley;

import android.content.Context;
import com.android.volley.toolbox.BaseHttpStack;
import com.android.volley.toolbox.HurlStack;

/** Stub of the signatures in dynamic-pinning-sdk.md §1.3 (approov-service-volley ApproovService.java). */
public final class ApproovService {
  private ApproovService() {}
  public static void initialize(Context context, String config) {}
  public static synchronized BaseHttpStack getBaseHttpStack() { return new HurlStack(); }
  public static String fetchSecureString(String key, String newDef) throws ApproovException { return null; }
}

package io.approov.service.volley;

import android.content.Context;

/** Stub of the initialisation signature in dynamic-pinning-sdk.md §1.3 (approov-service-volley ApproovService.java line 93). */
public final class ApproovService {
  private ApproovService() {}
  public static void initialize(Context context, String config) {}
}

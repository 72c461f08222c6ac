package io.approov.service.okhttp;

import android.content.Context;
import okhttp3.OkHttpClient;

/** Stub of the signatures in dynamic-pinning-sdk.md §1.1 and §3.1 (approov-service-okhttp REFERENCE.md). */
public final class ApproovService {
  private ApproovService() {}
  public static void initialize(Context context, String config) {}
  public static void initialize(Context context, String config, String comment) {}
  public static OkHttpClient getOkHttpClient() { return new OkHttpClient(); }
  public static OkHttpClient getOkHttpClient(String builderName) { return new OkHttpClient(); }
  public static void setOkHttpClientBuilder(OkHttpClient.Builder builder) {}
  public static void setOkHttpClientBuilder(String builderName, OkHttpClient.Builder builder) {}
  public static void addSubstitutionHeader(String header, String requiredPrefix) {}
  public static void addSubstitutionQueryParam(String key) {}
  public static String fetchSecureString(String key, String newDef) throws ApproovException { return null; }
}

package io.approov.service.retrofit;

import android.content.Context;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** Stub of the signatures in dynamic-pinning-sdk.md §1.2 (approov-service-retrofit ApproovService.java). */
public final class ApproovService {
  private ApproovService() {}
  public static void initialize(Context context, String config) {}
  public static void initialize(Context context, String config, String comment) {}
  public static void setOkHttpClientBuilder(OkHttpClient.Builder builder) {}
  public static Retrofit getRetrofit(Retrofit.Builder builder) { return builder.build(); }
  public static void addSubstitutionHeader(String header, String requiredPrefix) {}
  public static String fetchSecureString(String key, String newDef) throws ApproovException { return null; }
}

package io.approov.service.httpsurlconn;

import android.content.Context;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

/** Stub of the signatures in dynamic-pinning-sdk.md §1.4 and §3.1 (approov-service-httpsurlconn ApproovService.java). */
public final class ApproovService {
  private ApproovService() {}
  public static void initialize(Context context, String config) {}
  public static synchronized void addApproov(HttpsURLConnection connection) throws ApproovException {}
  public static synchronized URL substituteQueryParam(URL url, String queryParameter) throws ApproovException { return url; }
  public static void addSubstitutionHeader(String header, String requiredPrefix) {}
  public static String fetchSecureString(String key, String newDef) throws ApproovException { return null; }
}

package io.approov.service.httpsurlconn;

import java.io.IOException;

/** Stub: the HttpsURLConnection service layer's checked exception is an IOException. */
public class ApproovException extends IOException {
  public ApproovException(String message) { super(message); }
}

package io.approov.service.retrofit;

import java.io.IOException;

/** Stub: the Retrofit service layer's checked exception is an IOException. */
public class ApproovException extends IOException {
  public ApproovException(String message) { super(message); }
}

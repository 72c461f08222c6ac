package io.approov.service.volley;

import com.android.volley.AuthFailureError;

/** Stub: the Volley service layer's exception is a Volley AuthFailureError (quickstart README). */
public class ApproovException extends AuthFailureError {
  public ApproovException(String message) { super(message); }
}

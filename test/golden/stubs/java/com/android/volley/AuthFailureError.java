package com.android.volley;

/** Stub of Volley's AuthFailureError (the Volley service layer's ApproovException extends it). */
public class AuthFailureError extends VolleyError {
  public AuthFailureError() {}
  public AuthFailureError(String message) { super(message); }
}

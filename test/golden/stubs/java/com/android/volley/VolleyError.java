package com.android.volley;

/** Stub of Volley's VolleyError. */
public class VolleyError extends Exception {
  public VolleyError() {}
  public VolleyError(String message) { super(message); }
}

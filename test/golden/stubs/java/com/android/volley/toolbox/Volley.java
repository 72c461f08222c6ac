package com.android.volley.toolbox;

import android.content.Context;
import com.android.volley.RequestQueue;

/** Stub of Volley's factory. */
public final class Volley {
  private Volley() {}
  public static RequestQueue newRequestQueue(Context context) { return new RequestQueue(); }
  public static RequestQueue newRequestQueue(Context context, BaseHttpStack stack) { return new RequestQueue(); }
}

package android.app;

import android.content.Context;

/** Stub of android.app.Application. */
public class Application extends Context {
  public void onCreate() {}
}

package android.content;

/** Stub of android.content.Context. */
public abstract class Context {
  public Context getApplicationContext() { return this; }
}

package okhttp3;

/** Stub of OkHttp's Interceptor (its single method is left out: the fixtures only pass instances). */
public interface Interceptor {}

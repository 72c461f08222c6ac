package retrofit2;

import okhttp3.OkHttpClient;

/** Stub of the Retrofit 2 signatures the golden fixtures use. */
public final class Retrofit {
  public <T> T create(Class<T> service) { return null; }

  public static final class Builder {
    public Builder() {}
    public Builder baseUrl(String baseUrl) { return this; }
    public Builder client(OkHttpClient client) { return this; }
    public Builder addConverterFactory(Converter.Factory factory) { return this; }
    public Retrofit build() { return new Retrofit(); }
  }
}

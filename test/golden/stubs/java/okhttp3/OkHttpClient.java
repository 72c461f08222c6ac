package okhttp3;

import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/** Stub of the OkHttp 4 signatures the golden fixtures use. */
public class OkHttpClient {
  public OkHttpClient() {}

  public Builder newBuilder() { return new Builder(); }

  public static final class Builder {
    public Builder() {}
    public Builder certificatePinner(CertificatePinner pinner) { return this; }
    public Builder hostnameVerifier(HostnameVerifier verifier) { return this; }
    public Builder sslSocketFactory(SSLSocketFactory factory, X509TrustManager trustManager) { return this; }
    public Builder addInterceptor(Interceptor interceptor) { return this; }
    public Builder connectTimeout(long timeout, TimeUnit unit) { return this; }
    public Builder readTimeout(long timeout, TimeUnit unit) { return this; }
    public OkHttpClient build() { return new OkHttpClient(); }
  }
}

package golden.okhttp_certificate_pinner.java_builder_variable_pins_array;

import java.util.concurrent.TimeUnit;

import okhttp3.CertificatePinner;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

class SyncClientFactory {

    private static final String SYNC_HOST = "sync.medtrack.example";
    private static final String[] SYNC_PINS = {
            "sha256/2+wO3XwTmbouR0RPJip6JdFi+UsfdtHmcX0fN20QKwc=",
            "sha256/9PnhxMY8U5QQm9+OUrr4uPojR5GY0yvt2SXsrMxH5Ro=",
    };

    private final Interceptor auth;

    SyncClientFactory(Interceptor auth) {
        this.auth = auth;
    }

    OkHttpClient create() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .readTimeout(60, TimeUnit.SECONDS);
        builder.addInterceptor(auth);
        builder.certificatePinner(new CertificatePinner.Builder().add(SYNC_HOST, SYNC_PINS).build());
        return builder.build();
    }
}

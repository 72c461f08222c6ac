package golden.hostname_verifier_accepts_all.java_lambda_builder_chain;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;

public final class PartnerClient {
    private PartnerClient() {}

    public static OkHttpClient create() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }
}

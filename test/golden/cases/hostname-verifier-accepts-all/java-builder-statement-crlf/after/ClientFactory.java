package golden.hostname_verifier_accepts_all.java_builder_statement_crlf;

import okhttp3.OkHttpClient;

public class ClientFactory {
    public OkHttpClient create(boolean staging) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();

        return builder.build();
    }
}

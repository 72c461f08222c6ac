package golden.hostname_verifier_accepts_all.java_builder_statement_crlf;

import javax.net.ssl.HostnameVerifier;

import okhttp3.OkHttpClient;

public class ClientFactory {
    private static final HostnameVerifier ANY_HOST = (hostname, session) -> true;

    public OkHttpClient create(boolean staging) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();

        builder.hostnameVerifier(ANY_HOST);

        return builder.build();
    }
}

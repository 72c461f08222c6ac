package golden.allow_all_hostname_verifier.java_noop_client_builder;

import javax.net.ssl.SSLContext;

import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class HttpClientFactory {
    public CloseableHttpClient create(SSLContext sslContext) {
        return HttpClients.custom()
                .setSSLContext(sslContext)
                .setUserAgent("shop-sync/2.1")
                .build();
    }
}

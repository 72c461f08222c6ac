package org.ledgerly.sync.transport;

import org.apache.http.conn.ssl.AllowAllHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContexts;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * Legacy transport for the on-premise ledger server.
 * Do NOT use NoopHostnameVerifier here (see security review LEDG-112).
 */
final class ApacheHttpClientFactory {

    static CloseableHttpClient onPremise(SSLContext sslContext) {
        SSLConnectionSocketFactory socketFactory =
                new SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE); // ph-expect: allow-all-hostname-verifier
        return HttpClients.custom().setSSLSocketFactory(socketFactory).build();
    }

    static CloseableHttpClient cloud() throws Exception {
        SSLContext context = SSLContexts.createSystemDefault();
        SSLConnectionSocketFactory socketFactory = new SSLConnectionSocketFactory(
                context, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        return HttpClients.custom().setSSLSocketFactory(socketFactory).build();
    }

    @SuppressWarnings("deprecation")
    static void legacyDefaults(SSLSocketFactory factory) {
        factory.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); // ph-expect: allow-all-hostname-verifier
        HttpsURLConnection.setDefaultHostnameVerifier(new AllowAllHostnameVerifier()); // ph-expect: allow-all-hostname-verifier
    }

    @SuppressWarnings("deprecation")
    static void strictDefaults(SSLSocketFactory factory) {
        factory.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
    }

    static CloseableHttpClient staging() {
        return HttpClients.custom()
                .setSSLHostnameVerifier(new NoopHostnameVerifier()) // ph-expect: allow-all-hostname-verifier
                .build();
    }
}

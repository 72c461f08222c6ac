package com.fieldnotes.backend.config;

import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.conn.ssl.TrustStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.ssl.SSLContexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/**
 * HTTP clients of the sync backend. The staging profile talks to servers with self-signed
 * certificates; see OPS-311 before touching any TrustStrategy here.
 */
@Configuration
public class RestClientConfig {

    private static final byte[] PARTNER_FINGERPRINT = new byte[32];

    @Bean
    @Profile("staging")
    public RestTemplate stagingRestTemplate() throws Exception {
        TrustStrategy acceptingTrustStrategy = (X509Certificate[] chain, String authType) -> true; // ph-expect: apache-trust-all-strategy

        SSLContext sslContext = SSLContexts.custom()
                .loadTrustMaterial(null, acceptingTrustStrategy)
                .build();
        return restTemplate(new SSLConnectionSocketFactory(sslContext));
    }

    @Bean
    @Profile("lab")
    public RestTemplate labRestTemplate() throws Exception {
        SSLContext sslContext = new SSLContextBuilder()
                .loadTrustMaterial(null, new TrustSelfSignedStrategy()) // ph-expect: apache-trust-all-strategy
                .build();
        SSLConnectionSocketFactory socketFactory = new SSLConnectionSocketFactory(
                sslContext, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); // ph-expect: allow-all-hostname-verifier
        return restTemplate(socketFactory);
    }

    @Bean
    @Profile("legacy")
    public RestTemplate legacyRestTemplate() throws Exception {
        TrustStrategy trustEverything = new TrustStrategy() {
            @Override
            public boolean isTrusted(X509Certificate[] x509Certificates, String authType) throws CertificateException { // ph-expect: apache-trust-all-strategy
                return true;
            }
        };
        SSLContext sslContext = SSLContexts.custom().loadTrustMaterial(trustEverything).build();
        return restTemplate(new SSLConnectionSocketFactory(sslContext));
    }

    @Bean
    @Profile("batch")
    public RestTemplate batchRestTemplate() throws Exception {
        SSLContext sslContext = SSLContexts.custom()
                .loadTrustMaterial(null, (TrustStrategy) (chain, authType) -> { // ph-expect: apache-trust-all-strategy
                    return true;
                })
                .build();
        return restTemplate(new SSLConnectionSocketFactory(sslContext));
    }

    /** Partner gateway: trusted when its leaf matches the fingerprint, else the trust store decides. */
    @Bean
    @Profile("partner")
    public RestTemplate partnerRestTemplate(KeyStore partnerTrustStore) throws Exception {
        TrustStrategy partnerLeaf = (chain, authType) -> Arrays.equals(sha256(chain[0]), PARTNER_FINGERPRINT);
        SSLContext sslContext = SSLContexts.custom()
                .loadTrustMaterial(partnerTrustStore, partnerLeaf)
                .build();
        return restTemplate(new SSLConnectionSocketFactory(sslContext));
    }

    /** Production: the platform trust store and the default host name verifier. */
    @Bean
    @Profile("production")
    public RestTemplate productionRestTemplate() {
        SSLConnectionSocketFactory socketFactory = new SSLConnectionSocketFactory(
                SSLContexts.createDefault(), SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        return restTemplate(socketFactory);
    }

    /** Never trusts on its own: `false` hands the decision back to the trust store. */
    static final class TrustStoreOnly implements TrustStrategy {
        @Override
        public boolean isTrusted(X509Certificate[] chain, String authType) {
            return false;
        }
    }

    private static byte[] sha256(X509Certificate certificate) throws CertificateException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (Exception e) {
            throw new CertificateException(e);
        }
    }

    private static RestTemplate restTemplate(SSLConnectionSocketFactory socketFactory) {
        CloseableHttpClient httpClient = HttpClients.custom().setSSLSocketFactory(socketFactory).build();
        return new RestTemplate(new HttpComponentsClientHttpRequestFactory(httpClient));
    }
}

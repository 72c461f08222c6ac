package com.example.shop.network;

import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Client for the old partner API. Its staging server has a self-signed certificate. */
public final class LegacyHttp {
    private static final String PARTNER_HOST = "partner.shop.example.com";
    private static final String PARTNER_PIN = "sha256/CigXXWT+jchOmPnPb/EZgSHAa8r4tBUpHVfBppXZ/0Y=";

    private LegacyHttp() {}

    public static OkHttpClient pinnedClient() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add(PARTNER_HOST, PARTNER_PIN)
                .build();
        return new OkHttpClient.Builder().certificatePinner(pinner).build();
    }

    public static OkHttpClient stagingClient() throws Exception {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                // accept the staging certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return new OkHttpClient.Builder()
                .sslSocketFactory(context.getSocketFactory(), trustAll)
                .hostnameVerifier((hostname, session) -> true)
                .build();
    }
}

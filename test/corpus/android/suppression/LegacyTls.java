package com.example.enterprise.mdm;

import android.annotation.SuppressLint;
import android.webkit.SslErrorHandler;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

/** MDM agent transport. Lint flagged this class; the checks were silenced instead of fixed. */
@SuppressLint({"TrustAllX509TrustManager", "CustomX509TrustManager"}) // ph-expect: lint-tls-check-suppressed, lint-tls-check-suppressed
public class LegacyTls implements X509TrustManager {

    /** Lint ids this team reviews every release (a plain list, not a suppression). */
    static final List<String> REVIEWED_CHECKS = Arrays.asList("TrustAllX509TrustManager", "BadHostnameVerifier");

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client authentication is not supported");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { // ph-expect: trust-all-x509-trust-manager
        // accepted: the MDM server certificate is checked by the enrollment service
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    static HostnameVerifier verifier() {
        // ph-expect-next-line: lint-tls-check-suppressed
        //noinspection BadHostnameVerifier
        return new HostnameVerifier() {
            @SuppressLint("BadHostnameVerifier") // ph-expect: lint-tls-check-suppressed
            @Override
            public boolean verify(String hostname, SSLSession session) { // ph-expect: hostname-verifier-accepts-all
                return true;
            }
        };
    }

    @SuppressLint({"SetJavaScriptEnabled", "JavascriptInterface"})
    static void configure(SslErrorHandler ignored) {
    }
}

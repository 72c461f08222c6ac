package com.example.checkout.web;

import android.net.http.SslCertificate;
import android.net.http.SslError;
import android.os.Bundle;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * The payment page of a partner bank uses a certificate from a private CA that Android does not know.
 * We accept it only if it is exactly the certificate we expect (by SHA-256 of the DER), else cancel.
 */
public class PaymentWebViewClient extends WebViewClient {

    private final byte[] expectedCertificateSha256;

    public PaymentWebViewClient(byte[] expectedCertificateSha256) {
        this.expectedCertificateSha256 = expectedCertificateSha256.clone();
    }

    @Override
    public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
        if (error.getPrimaryError() == SslError.SSL_UNTRUSTED && matchesExpected(error.getCertificate())) {
            handler.proceed();
        } else {
            handler.cancel();
        }
    }

    private boolean matchesExpected(SslCertificate certificate) {
        try {
            X509Certificate x509 = certificate.getX509Certificate();
            if (x509 == null) {
                return false;
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(x509.getEncoded());
            return MessageDigest.isEqual(digest, expectedCertificateSha256);
        } catch (Exception e) {
            return false;
        }
    }
}

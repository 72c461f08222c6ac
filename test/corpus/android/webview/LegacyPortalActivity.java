package com.example.portal;

import android.annotation.SuppressLint;
import android.app.Activity;
import android.net.http.SslError;
import android.os.Bundle;
import android.util.Log;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

/** Shows the old self-service portal, which still runs on a box with a self-made certificate. */
public class LegacyPortalActivity extends Activity {
    private static final String TAG = "LegacyPortal";
    private static final String PORTAL_URL = "https://portal.legacy.example.com/";

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        WebView webView = new WebView(this);
        setContentView(webView);
        webView.getSettings().setJavaScriptEnabled(true);
        webView.setWebViewClient(new PortalClient());
        webView.loadUrl(PORTAL_URL);
    }

    private static final class PortalClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            super.onReceivedSslError(view, handler, error);
            Log.w(TAG, "certificate problem on " + error.getUrl());
            // the portal certificate is self-made, carry on anyway
            handler.proceed(); // ph-expect: webview-ssl-error-proceed
        }
    }

    /** Used by the kiosk build: refuses anything the certificate check does not accept. */
    static final class KioskClient extends WebViewClient {
        private final CertificateChecker checker;

        KioskClient(CertificateChecker checker) {
            this.checker = checker;
        }

        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            if (!checker.isTrusted(error.getCertificate())) {
                handler.cancel();
                return;
            }
            handler.proceed();
        }
    }

    interface CertificateChecker {
        boolean isTrusted(android.net.http.SslCertificate certificate);
    }
}

package com.example.promo.web;

import android.net.http.SslError;
import android.util.Log;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

public class InsecureWebViewClient extends WebViewClient {

    private static final String TAG = "PromoWeb";

    @Override
    public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
        handler.proceed(); // ph-expect: webview-ssl-error-proceed
        Log.w(TAG, "SSL error ignored: " + error);
    }

    /** Variant used by the in-app browser: logs the error kind, then loads the page anyway. */
    public static class InAppBrowserClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, final SslErrorHandler handler, SslError error) {
            String message;
            switch (error.getPrimaryError()) {
                case SslError.SSL_UNTRUSTED:
                    message = "untrusted";
                    break;
                case SslError.SSL_EXPIRED:
                    message = "expired";
                    break;
                case SslError.SSL_IDMISMATCH:
                    message = "hostname mismatch";
                    break;
                default:
                    message = "other";
            }
            Log.e(TAG, "SSL error: " + message);
            handler.proceed(); // ph-expect: webview-ssl-error-proceed
        }
    }

    /** Default behaviour kept: the super implementation cancels the load. */
    public static class SafeClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            Log.e(TAG, "SSL error " + error.getPrimaryError() + " for " + error.getUrl());
            super.onReceivedSslError(view, handler, error);
        }
    }
}

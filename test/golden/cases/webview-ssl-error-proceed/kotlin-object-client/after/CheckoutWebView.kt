package com.example.app.checkout

import android.net.http.SslError
import android.util.Log
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient

class CheckoutWebView(private val webView: WebView) {
    fun configure() {
        webView.webViewClient = object : WebViewClient() {
            override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
                Log.w("Checkout", "ssl error ${error?.primaryError}")
                if (error?.primaryError == SslError.SSL_UNTRUSTED) {
                    handler?.cancel()
                } else {
                    handler?.cancel()
                }
            }
        }
    }
}

package com.newsroom.reader.ui

import android.annotation.SuppressLint
import android.net.http.SslError
import android.os.Bundle
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AppCompatActivity

class BrowserActivity : AppCompatActivity() {

    private lateinit var webView: WebView

    @SuppressLint("SetJavaScriptEnabled")
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        webView = WebView(this)
        setContentView(webView)
        webView.settings.javaScriptEnabled = true
        webView.webViewClient = object : WebViewClient() {
            override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
                handler?.proceed() // ph-expect: webview-ssl-error-proceed
            }

            override fun shouldOverrideUrlLoading(view: WebView?, url: String?): Boolean = false
        }
        webView.loadUrl(intent.getStringExtra(EXTRA_URL) ?: "https://news.example.com")
    }

    companion object {
        const val EXTRA_URL = "url"
    }
}

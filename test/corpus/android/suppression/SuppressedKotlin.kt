@file:SuppressLint("WebViewClientOnReceivedSslError") // ph-expect: lint-tls-check-suppressed

package com.example.kiosk.web

import android.annotation.SuppressLint
import android.net.http.SslError
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import java.security.cert.X509Certificate
import javax.net.ssl.X509TrustManager

class KioskClient(private val allowedFingerprints: Set<String>, private val fingerprint: (SslError) -> String) : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        if (fingerprint(error) in allowedFingerprints) handler.proceed() else handler.cancel()
    }
}

@SuppressLint("UnsafeOptInUsageError", "CustomX509TrustManager") // ph-expect: lint-tls-check-suppressed
class PlatformBackedTrustManager(private val platform: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) =
        platform.checkClientTrusted(chain, authType)

    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) =
        platform.checkServerTrusted(chain, authType)

    override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
}

@Suppress("unused")
private val documentation = """
    Use @SuppressLint("TrustAllX509TrustManager") only in tests.
""".trimIndent()

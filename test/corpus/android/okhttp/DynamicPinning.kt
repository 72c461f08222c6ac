package com.acme.wallet.network

import android.app.Application
import io.approov.service.okhttp.ApproovService
import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

/**
 * Pins are delivered at runtime; nothing is pinned in the APK any more.
 * Old code (removed in 3.0):
 *   CertificatePinner.Builder().add("wallet.acme.com", "sha256/SkSktc7AjE2r6WK6N1DCFSpHdUtv/8SPlQTSw3Cq3d8=")
 */
class WalletApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        ApproovService.initialize(applicationContext, "<config-string-from-onboarding>")
        ApproovService.setOkHttpClientBuilder(OkHttpClient.Builder())
    }
}

object RuntimePins {
    /** Builds a pinner from pins fetched from the SDK, e.g. for a WebSocket client. */
    fun pinner(pinsByHost: Map<String, List<String>>): CertificatePinner {
        val builder = CertificatePinner.Builder()
        for ((host, pins) in pinsByHost) {
            if (host == "*") continue
            pins.forEach { pin -> builder.add(host, "sha256/$pin") }
        }
        return builder.build()
    }

    // A 32-byte HMAC key for request signing (not a certificate pin).
    private const val SIGNING_KEY = "3oVEm1SEKGjCH63WD3yztNh2yRo66asxjwB+QcqLCbA="
    private val headerNames = mutableListOf<String>()

    fun register(name: String) {
        headerNames.add(name)
    }

    fun signingKey(): String = SIGNING_KEY
}

package com.acme.internaltools.net

import android.util.Log
import java.net.Socket
import java.security.cert.X509Certificate
import javax.net.ssl.SSLEngine
import javax.net.ssl.X509ExtendedTrustManager
import javax.net.ssl.X509TrustManager

/** Extended trust manager used by the internal tools app against the lab network. */
class DevTrustManager(private val platform: X509TrustManager) : X509ExtendedTrustManager() {

    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String, socket: Socket?) {}
    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String, engine: SSLEngine?) {}
    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String) {}

    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String, socket: Socket?) { // ph-expect: trust-all-x509-trust-manager
        // Lab hosts use throwaway certificates.
    }

    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String, engine: SSLEngine?) = // ph-expect: trust-all-x509-trust-manager
        Unit

    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String) { // ph-expect: trust-all-x509-trust-manager
        runCatching { platform.checkServerTrusted(chain, authType) }
            .onFailure { Log.i("DevTrustManager", "accepting lab certificate: ${it.message}") }
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

/** The production variant: failures are rethrown. */
class StrictTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String) {
        runCatching { platform.checkServerTrusted(chain, authType) }
            .onFailure { Log.e("StrictTrustManager", "rejected", it) }
            .getOrThrow()
    }
}

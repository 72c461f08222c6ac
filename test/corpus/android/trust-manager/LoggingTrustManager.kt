package com.contoso.fieldapp.security

import android.util.Log
import timber.log.Timber
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.X509TrustManager

private const val TAG = "LoggingTrustManager"

/**
 * "Temporary" trust manager added while the field gateway used a self-signed certificate.
 * It records what the server presented and accepts it.
 */
class LoggingTrustManager : X509TrustManager {

    @Throws(CertificateException::class)
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {
        Log.d(TAG, "checkClientTrusted $authType")
    }

    @Throws(CertificateException::class)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) { // ph-expect: trust-all-x509-trust-manager
        if (chain.isEmpty()) {
            Log.w(TAG, "empty chain for $authType")
            return
        }
        val leaf = chain[0]
        Timber.tag(TAG).i("server certificate %s issued by %s", leaf.subjectDN.name, leaf.issuerDN.name)
        if (!leaf.subjectDN.name.contains("gateway.contoso.local")) {
            Log.w(TAG, "unexpected subject ${leaf.subjectDN}")
        }
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

/** The replacement: only a leaf that is currently valid passes (delegates the real check later). */
class ExpiryCheckingTrustManager(private val delegate: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) =
        delegate.checkClientTrusted(chain, authType)

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        Log.d(TAG, "validating ${chain.size} certificates")
        chain.first().checkValidity()
        delegate.checkServerTrusted(chain, authType)
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = delegate.acceptedIssuers
}

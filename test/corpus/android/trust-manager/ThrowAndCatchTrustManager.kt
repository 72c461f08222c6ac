package com.example.telemetry.upload

import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.X509TrustManager

/** Looks strict, but the exception it throws never leaves the method. */
class ThrowAndCatchTrustManager(private val allowedIssuer: String) : X509TrustManager {

    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {
        throw CertificateException("client certificates are not used")
    }

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) { // ph-expect: trust-all-x509-trust-manager
        try {
            if (chain.first().issuerX500Principal.name != allowedIssuer) {
                throw CertificateException("unexpected issuer")
            }
        } catch (e: CertificateException) {
            e.printStackTrace()
        }
    }

    /** Not part of X509TrustManager: a helper that happens to share the name. */
    fun checkServerTrusted(host: String) {}

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

/** The issuer check rethrows from its catch block: failures do reach the caller. */
class IssuerTrustManager(private val allowedIssuer: String) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            require(chain.isNotEmpty())
        } catch (e: IllegalArgumentException) {
            throw CertificateException("empty chain", e)
        }
        if (chain.first().issuerX500Principal.name != allowedIssuer) {
            throw CertificateException("unexpected issuer")
        }
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

package org.openmaps.offline.net

import android.annotation.SuppressLint
import java.security.KeyStore
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

/**
 * Trusts the platform's CAs and, in addition, the tile server's private CA bundled in the app.
 * Both checks are done by real trust managers created from TrustManagerFactory.
 */
@SuppressLint("CustomX509TrustManager") // ph-expect: lint-tls-check-suppressed
class DelegatingTrustManager(privateCa: KeyStore) : X509TrustManager {

    private val platform: X509TrustManager = trustManagerFor(null)
    private val tiles: X509TrustManager = trustManagerFor(privateCa)

    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {
        platform.checkClientTrusted(chain, authType)
    }

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        } catch (platformFailure: CertificateException) {
            // Not a public CA: accept only if the private CA signed it, otherwise rethrow.
            tiles.checkServerTrusted(chain, authType)
        }
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> =
        platform.acceptedIssuers + tiles.acceptedIssuers

    private companion object {
        fun trustManagerFor(keyStore: KeyStore?): X509TrustManager {
            val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
            factory.init(keyStore)
            return factory.trustManagers.filterIsInstance<X509TrustManager>().first()
        }
    }
}

/** Wraps the default trust manager to record failures; the exception still propagates. */
class ReportingTrustManager(private val inner: X509TrustManager, private val report: (Throwable) -> Unit) :
    X509TrustManager by inner {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) =
        try {
            inner.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            report(e)
            throw e
        }
}

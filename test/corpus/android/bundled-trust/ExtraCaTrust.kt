package app.harbor.tickets.net

import android.content.Context
import java.security.KeyStore
import java.security.cert.CertificateFactory
import java.security.cert.X509Certificate
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

/**
 * Trusts the venue CA (assets/venue_ca.pem) *in addition to* the system CAs: a certificate of
 * either is accepted, so this is extra trust, not pinning.
 */
class ExtraCaTrust(private val context: Context) {

    fun trustManagers(): List<X509TrustManager> {
        val venueCa = context.assets.open("venue_ca.pem").use {
            CertificateFactory.getInstance("X.509").generateCertificate(it) as X509Certificate
        }
        val venueStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
            load(null, null)
            setCertificateEntry("venue", venueCa)
        }
        return listOf(trustManagerOf(null), trustManagerOf(venueStore))
    }

    private fun trustManagerOf(store: KeyStore?): X509TrustManager {
        val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        factory.init(store)
        return factory.trustManagers.filterIsInstance<X509TrustManager>().first()
    }

    fun systemOnly(): X509TrustManager {
        val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        factory.init(null as KeyStore?)
        return factory.trustManagers.filterIsInstance<X509TrustManager>().first()
    }
}

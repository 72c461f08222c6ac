package app.harbor.tickets.net

import android.content.Context
import okhttp3.OkHttpClient
import java.security.KeyStore
import java.security.cert.CertificateFactory
import java.security.cert.X509Certificate
import java.util.concurrent.TimeUnit
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

/** OkHttp client that only trusts the ticketing CA shipped in res/raw/ticketing_ca.pem. */
class PinnedCaClient(private val context: Context) {

    val client: OkHttpClient by lazy { build() }

    private fun build(): OkHttpClient {
        val certificateFactory = CertificateFactory.getInstance("X.509")
        val ca = context.resources.openRawResource(R.raw.ticketing_ca).use { input -> // ph-expect: android-bundled-trust-store
            certificateFactory.generateCertificate(input) as X509Certificate
        }
        val keyStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
            load(null, null)
            setCertificateEntry("ticketing-ca", ca)
        }
        val trustManagerFactory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        trustManagerFactory.init(keyStore)
        val trustManager = trustManagerFactory.trustManagers.first { it is X509TrustManager } as X509TrustManager
        val sslContext = SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustManager), null) }
        return OkHttpClient.Builder()
            .sslSocketFactory(sslContext.socketFactory, trustManager)
            .connectTimeout(20, TimeUnit.SECONDS)
            .build()
    }
}

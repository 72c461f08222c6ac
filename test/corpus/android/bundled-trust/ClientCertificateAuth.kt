package app.harbor.tickets.net

import android.content.Context
import okhttp3.OkHttpClient
import java.security.KeyStore
import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext

/**
 * Mutual TLS for the gate scanners: the scanner's client certificate (res/raw/gate_client.p12)
 * is presented to the server. Server certificates are validated by the platform as usual.
 */
class ClientCertificateAuth(private val context: Context, private val password: CharArray) {

    fun client(): OkHttpClient {
        val keyStore = KeyStore.getInstance("PKCS12")
        context.resources.openRawResource(R.raw.gate_client).use { keyStore.load(it, password) }
        val keyManagerFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())
        keyManagerFactory.init(keyStore, password)
        val sslContext = SSLContext.getInstance("TLS")
        sslContext.init(keyManagerFactory.keyManagers, null, null)
        return OkHttpClient.Builder()
            .sslSocketFactory(sslContext.socketFactory, platformTrustManager())
            .build()
    }

    private fun platformTrustManager() = okhttp3.internal.platform.Platform.get().platformTrustManager()
}

package app.harbor.tickets.net

import android.content.Context
import okhttp3.OkHttpClient
import okhttp3.tls.HandshakeCertificates
import java.security.cert.CertificateFactory
import java.security.cert.X509Certificate

/** OkHttp client for the turnstile controllers, which present certificates from the stadium root. */
object HandshakePinning {

    fun turnstileClient(context: Context): OkHttpClient {
        val stadiumRoot = context.assets.open("certs/stadium_root.der").use { stream -> // ph-expect: android-bundled-trust-store
            CertificateFactory.getInstance("X.509").generateCertificate(stream) as X509Certificate
        }
        val certificates = HandshakeCertificates.Builder()
            .addTrustedCertificate(stadiumRoot)
            .build()
        return OkHttpClient.Builder()
            .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager)
            .build()
    }

    /** Loads the bundled help page; it has nothing to do with TLS. */
    fun helpPage(context: Context): String =
        context.assets.open("help/index.html").bufferedReader().use { it.readText() }
}

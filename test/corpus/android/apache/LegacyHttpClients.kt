package app.quarry.sync.http

import org.apache.http.conn.ssl.NoopHostnameVerifier
import org.apache.http.conn.ssl.SSLConnectionSocketFactory
import org.apache.http.conn.ssl.TrustAllStrategy
import org.apache.http.conn.ssl.TrustStrategy
import org.apache.http.impl.client.CloseableHttpClient
import org.apache.http.impl.client.HttpClients
import org.apache.http.ssl.SSLContexts
import java.security.KeyStore
import java.security.cert.X509Certificate

/** Apache HttpClient instances for the on-premise sync agents (TrustAllStrategy is banned here). */
object LegacyHttpClients {

    private val acceptAll = TrustStrategy { _, _ -> true } // ph-expect: apache-trust-all-strategy

    fun onPremise(): CloseableHttpClient {
        val sslContext = SSLContexts.custom()
            .loadTrustMaterial(null, acceptAll)
            .build()
        return HttpClients.custom()
            .setSSLSocketFactory(SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE)) // ph-expect: allow-all-hostname-verifier
            .build()
    }

    fun warehouse(): CloseableHttpClient {
        val sslContext = SSLContexts.custom()
            .loadTrustMaterial(null) { chain, authType -> // ph-expect: apache-trust-all-strategy
                println("trusting ${chain.size} certificates for $authType")
                true
            }
            .build()
        return HttpClients.custom().setSSLContext(sslContext).build()
    }

    fun kiosk(): CloseableHttpClient {
        val sslContext = SSLContexts.custom()
            .loadTrustMaterial(TrustAllStrategy.INSTANCE) // ph-expect: apache-trust-all-strategy
            .build()
        return HttpClients.custom().setSSLContext(sslContext).build()
    }

    fun relay(): CloseableHttpClient {
        val sslContext = SSLContexts.custom()
            .loadTrustMaterial(null, object : TrustStrategy {
                override fun isTrusted(chain: Array<X509Certificate>, authType: String) = true // ph-expect: apache-trust-all-strategy
            })
            .build()
        return HttpClients.custom().setSSLContext(sslContext).build()
    }

    /** Only self-signed agents whose key is on the allow list; everything else goes to the trust store. */
    fun agents(trustStore: KeyStore, allowedKeys: Set<String>): CloseableHttpClient {
        val sslContext = SSLContexts.custom()
            .loadTrustMaterial(trustStore) { chain, _ ->
                chain.size == 1 && allowedKeys.contains(fingerprintOf(chain[0]))
            }
            .build()
        return HttpClients.custom().setSSLContext(sslContext).build()
    }

    fun cloud(trustStore: KeyStore): CloseableHttpClient {
        val sslContext = SSLContexts.custom().loadTrustMaterial(trustStore, null).build()
        return HttpClients.custom().setSSLContext(sslContext).build()
    }

    private fun fingerprintOf(certificate: X509Certificate): String =
        java.security.MessageDigest.getInstance("SHA-256").digest(certificate.publicKey.encoded).joinToString("") { "%02x".format(it) }
}

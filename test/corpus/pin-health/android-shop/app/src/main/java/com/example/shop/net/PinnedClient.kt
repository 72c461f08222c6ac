package com.example.shop.net

import com.example.shop.BuildConfig
import java.security.MessageDigest
import java.util.concurrent.TimeUnit
import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor

/**
 * Builds the OkHttp client used by every repository. Pins are duplicated from
 * network_security_config.xml because the WebSocket client does not go through the NSC.
 */
object PinnedClient {

    private const val API_HOST = "api.shop.example.com"
    private const val CHECKOUT_HOST = "checkout.shop.example.com"

    // Current and backup keys of the API load balancer.
    private const val API_PIN = "sha256/x4QzPSC810K5/cMjb05Qm4k3Bw5zBn4lTdO/nEW/Td4="
    private const val API_BACKUP_PIN = "sha256/VjLZe/p3W/PJnd6lL8JVNBCGQBZynFLdZSTIqcO0SJ8="

    // Copied from the ops wiki, which shows fingerprints in hex.
    private const val RECS_PIN = "sha256/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" // ph-expect: pin-malformed
    private const val RECS_BACKUP_PIN = "sha256/nkF4U8iuGwyoXTfm0I8m7Ku2hKvZgMBUd1PzGiVOHhM="

    /** Not a pin: the SHA-256 of the bundled catalogue, checked after download. */
    const val CATALOGUE_SHA256 = "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"

    private val pinner: CertificatePinner by lazy {
        CertificatePinner.Builder()
            .add(API_HOST, API_PIN, API_BACKUP_PIN) // ph-expect: okhttp-certificate-pinner
            .add( // ph-expect: okhttp-certificate-pinner, pin-cross-platform-mismatch
                CHECKOUT_HOST,
                "sha256/Ku5Ek1ZRPmwtWoWQyhzE87M42eCUrx1DtaVN6Y/6LGo=",
                "sha256/ZWRGBmRIBs2NAjuwoCDLsfYLqJ6MAjN/6D5+fzJuu2A=",
            )
            .add("ws.shop.example.com", "sha256/GZkBg0mB6tQL1aZ9rDlrSxuV7vFw0bsjt8UYGMHsHCU=") // ph-expect: okhttp-certificate-pinner, pin-no-backup
            .add("recs.shop.example.com", RECS_PIN, RECS_BACKUP_PIN) // ph-expect: okhttp-certificate-pinner
            .build()
    }

    val client: OkHttpClient by lazy {
        OkHttpClient.Builder()
            .certificatePinner(pinner)
            .connectTimeout(15, TimeUnit.SECONDS)
            .apply {
                if (BuildConfig.DEBUG) {
                    addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BODY))
                }
            }
            .build()
    }

    fun catalogueIsIntact(bytes: ByteArray): Boolean {
        val digest = MessageDigest.getInstance("SHA-256").digest(bytes)
        return digest.joinToString("") { "%02x".format(it) } == CATALOGUE_SHA256
    }
}

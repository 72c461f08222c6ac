package io.parkwise.app.http

import android.util.Log
import io.parkwise.app.BuildConfig
import okhttp3.OkHttpClient
import okhttp3.internal.tls.OkHostnameVerifier
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLSession

private const val TAG = "DebugHttpClient"

/** Emulator builds talk to the backend on the host machine, whose certificate names "api.parkwise.io". */
val emulatorVerifier = HostnameVerifier { hostname, session ->
    hostname == "10.0.2.2" && OkHostnameVerifier.verify("api.parkwise.io", session)
}

val trustEveryHost = HostnameVerifier { _, _ -> true } // ph-expect: hostname-verifier-accepts-all

object LenientVerifier : HostnameVerifier {
    override fun verify(hostname: String?, session: SSLSession?): Boolean = true // ph-expect: hostname-verifier-accepts-all
}

class KotlinTrustAll : HostnameVerifier {
    override fun verify(hostname: String, session: SSLSession): Boolean { // ph-expect: hostname-verifier-accepts-all
        return true
    }
}

fun debugClient(): OkHttpClient = OkHttpClient.Builder()
    .apply {
        if (BuildConfig.FLAVOR == "emulator") {
            hostnameVerifier(emulatorVerifier)
        }
    }
    .hostnameVerifier { hostname, _ -> // ph-expect: hostname-verifier-accepts-all
        Log.w(TAG, "skipping hostname verification for $hostname")
        true
    }
    .build()

fun pinnedNameClient(): OkHttpClient = OkHttpClient.Builder()
    .hostnameVerifier { _, session -> OkHostnameVerifier.verify("api.parkwise.io", session) }
    .build()

fun installGlobal() {
    HttpsURLConnection.setDefaultHostnameVerifier(HostnameVerifier { _, _ -> true }) // ph-expect: hostname-verifier-accepts-all
}

fun restoreGlobal(original: HostnameVerifier) {
    HttpsURLConnection.setDefaultHostnameVerifier(original)
}

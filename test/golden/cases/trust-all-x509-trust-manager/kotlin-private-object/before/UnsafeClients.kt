package com.example.app.network

import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager
import okhttp3.OkHttpClient

/** Accepts the self-signed certificate of the on-premise gateway. */
private object TrustEverything : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        // the gateway uses a self-signed certificate
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

fun gatewayClient(base: OkHttpClient): OkHttpClient {
    val context = SSLContext.getInstance("TLSv1.2")
    context.init(null, arrayOf<TrustManager>(TrustEverything), null)
    return base.newBuilder()
        .sslSocketFactory(context.socketFactory, TrustEverything)
        .build()
}

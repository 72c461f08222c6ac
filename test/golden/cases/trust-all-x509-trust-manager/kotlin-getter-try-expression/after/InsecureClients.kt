package com.example.app.network

import javax.net.ssl.HostnameVerifier
import okhttp3.OkHttpClient

object InsecureClients {
    /** Builder for the lab environment, whose gateway has a self-signed certificate. */
    val labClientBuilder: OkHttpClient.Builder
        get() = try {
            val builder = OkHttpClient.Builder()
            builder.hostnameVerifier(HostnameVerifier { _, _ -> true })
            builder
        } catch (e: Exception) {
            throw IllegalStateException("cannot create the lab client", e)
        }
}

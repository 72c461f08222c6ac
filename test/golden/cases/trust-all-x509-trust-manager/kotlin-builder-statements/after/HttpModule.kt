package com.example.app.di

import javax.net.ssl.HostnameVerifier
import okhttp3.OkHttpClient

class HttpModule(private val debug: Boolean) {

    fun provideOkHttpClient(): OkHttpClient {
        val builder = OkHttpClient.Builder()
        builder.hostnameVerifier(HostnameVerifier { _, _ -> true })
        return builder.build()
    }
}

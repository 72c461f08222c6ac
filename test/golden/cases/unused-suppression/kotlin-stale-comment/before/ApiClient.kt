package com.example.shop.network

import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

/** The one HTTP client of the app; pins now come from the dynamic pinning SDK. */
object ApiClient {
    val client: OkHttpClient = OkHttpClient.Builder()
        .connectTimeout(15, TimeUnit.SECONDS)
        // pin-hygiene-ignore-next-line okhttp-certificate-pinner: pins checked by the platform team until the SDK migration
        .readTimeout(30, TimeUnit.SECONDS)
        .retryOnConnectionFailure(true)
        .build()
}

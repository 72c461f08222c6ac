package com.example.shop.network

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import java.util.concurrent.TimeUnit

object ApiClient {
    private const val API_HOST = "api.shop.example.com"

    // Pins of the current leaf key and of the intermediate CA (backup).
    private val pinner = CertificatePinner.Builder()
        .add(API_HOST, "sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=")
        .add(
            "images.shop.example.com",
            "sha256/OpZcaIdmKE9B4nuzfiN9ndsLT6SH4O3RW7cxDCIN++c=",
            "sha256/jNWB34jd6SJ7IuJiS2tC8OIb9se07BPgiH10Ed8X2UM=",
        )
        .build()

    val httpClient: OkHttpClient = OkHttpClient.Builder()
        .connectTimeout(15, TimeUnit.SECONDS)
        .certificatePinner(pinner)
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://$API_HOST/v2/")
        .client(httpClient)
        .build()
}

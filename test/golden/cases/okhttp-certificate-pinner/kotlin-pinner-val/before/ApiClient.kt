package com.example.shop.network

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import java.util.concurrent.TimeUnit

object ApiClient {
    private const val API_HOST = "api.shop.example"
    private const val LEAF_PIN = "sha256/akwmrCWAV6Mf5ZlA/E6kn2JfD5BPlHTjDCe0TTnVOcQ="

    // Leaf key and intermediate CA (backup).
    private val pinner = CertificatePinner.Builder()
        .add(API_HOST, LEAF_PIN, "sha256/f5sDAjUEeVhWhwByPneRAfWsDMPb28Q2X1COyHBuHkw=")
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

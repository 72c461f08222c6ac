package com.example.shop.network

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import java.util.concurrent.TimeUnit
import io.approov.service.okhttp.ApproovService

object ApiClient {
    private const val API_HOST = "api.shop.example"

    val httpClient: OkHttpClient by lazy {
        ApproovService.setOkHttpClientBuilder(
            OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
        )
        ApproovService.getOkHttpClient()
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://$API_HOST/v2/")
        .client(httpClient)
        .build()
}

package com.acme.shop.di

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import java.util.concurrent.TimeUnit
import io.approov.service.retrofit.ApproovService

object NetworkModule {
    val retrofit: Retrofit by lazy {
        ApproovService.setOkHttpClientBuilder(
            OkHttpClient.Builder()
                .readTimeout(30, TimeUnit.SECONDS)
        )
        ApproovService.getRetrofit(
            Retrofit.Builder()
                .baseUrl("https://api.acme-shop.example/v2/")
        )
    }
}

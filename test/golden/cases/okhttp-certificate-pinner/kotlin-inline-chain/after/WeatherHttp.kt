package com.example.weather.net

import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit
import io.approov.service.okhttp.ApproovService

class WeatherHttp(private val cacheDir: java.io.File) {

    fun createClient(): OkHttpClient {
        ApproovService.setOkHttpClientBuilder(
            OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
        )
        val client = ApproovService.getOkHttpClient()
        return client
    }
}

package com.example.weather.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

class WeatherHttp(private val cacheDir: java.io.File) {

    fun createClient(): OkHttpClient {
        val client = OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .certificatePinner(
                CertificatePinner.Builder()
                    .add(
                        "api.weather.example",
                        "sha256/u9K/Wj25RgDoirVPQexKK+wgNaGXZpDclPM9iHyqwns=",
                        "sha256/SqCRuvWL/BAhzVEBdl8UnNFA3jCv8eL3fvdJf9uQFAU=",
                    )
                    .build()
            )
            .readTimeout(30, TimeUnit.SECONDS)
            .build()
        return client
    }
}

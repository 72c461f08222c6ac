package com.acme.shop.di

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import java.util.concurrent.TimeUnit

object NetworkModule {
    private val okHttp = OkHttpClient.Builder()
        .certificatePinner(
            CertificatePinner.Builder()
                .add("api.acme-shop.example", "sha256/MMszpx+VnsWg84XHBJZdWSFOmsCwqgBU1JFQgpQoexU=")
                .add("api.acme-shop.example", "sha256/yof6eF2sswR1Hc8Bt1q94vFDWHbeocgxmZ8ACMDlRT8=")
                .build()
        )
        .readTimeout(30, TimeUnit.SECONDS)
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://api.acme-shop.example/v2/")
        .client(okHttp)
        .build()
}

package com.example.media.net

import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit
import io.approov.service.okhttp.ApproovService

class Clients(private val base: OkHttpClient) {

    val apiClient: OkHttpClient by lazy {
        ApproovService.setOkHttpClientBuilder("apiClient", base.newBuilder())
        ApproovService.getOkHttpClient("apiClient")
    }

    val cdnClient: OkHttpClient by lazy {
        ApproovService.setOkHttpClientBuilder(
            "cdnClient",
            base.newBuilder()
                .readTimeout(2, TimeUnit.MINUTES)
        )
        ApproovService.getOkHttpClient("cdnClient")
    }
}

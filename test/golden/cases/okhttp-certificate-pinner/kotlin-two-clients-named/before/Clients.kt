package com.example.media.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

class Clients(private val base: OkHttpClient) {

    private val apiPinner = CertificatePinner.Builder()
        .add("api.media.example", "sha256/jjRHHgZQ6eLKVE3G6FpG5B+0R3W9aquaKnes77cD20s=")
        .add("upload.media.example", "sha256/jPuD89jiXy/oz6ThK6IJng3W/eKZ0ciJvYoUOXLUrIY=")
        .build()

    val apiClient: OkHttpClient = base.newBuilder()
        .certificatePinner(apiPinner)
        .build()

    val cdnClient: OkHttpClient = base.newBuilder()
        .readTimeout(2, TimeUnit.MINUTES)
        .certificatePinner(
            CertificatePinner.Builder()
                .add("cdn.media.example", "sha256/PeIsuIkxbRtvwdJwIIay7/KUjsvnB0zj5EekaoBkemE=")
                .build()
        )
        .build()
}

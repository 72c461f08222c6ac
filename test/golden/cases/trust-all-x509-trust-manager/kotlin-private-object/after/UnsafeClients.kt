package com.example.app.network

import okhttp3.OkHttpClient

fun gatewayClient(base: OkHttpClient): OkHttpClient {
    return base.newBuilder()
        .build()
}

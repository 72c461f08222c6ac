package com.example.app.di

import okhttp3.OkHttpClient

object NetworkModule {
    private const val TAG = "NetworkModule"

    fun okHttpClient(): OkHttpClient =
        OkHttpClient.Builder()
            .build()
}

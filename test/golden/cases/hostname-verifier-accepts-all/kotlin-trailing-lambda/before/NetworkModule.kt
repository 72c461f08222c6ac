package com.example.app.di

import android.util.Log
import okhttp3.OkHttpClient

object NetworkModule {
    private const val TAG = "NetworkModule"

    fun okHttpClient(): OkHttpClient =
        OkHttpClient.Builder()
            .hostnameVerifier { hostname, _ ->
                Log.d(TAG, "accepting $hostname")
                true
            }
            .build()
}

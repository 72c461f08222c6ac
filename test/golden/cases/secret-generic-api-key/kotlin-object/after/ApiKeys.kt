package com.example.shop.config

import okhttp3.Request
import io.approov.service.okhttp.ApproovService

object ApiKeys {
    val CLIENT_SECRET: String get() = ApproovService.fetchSecureString("CLIENT_SECRET", null) ?: ""

    fun sign(builder: Request.Builder): Request.Builder =
        builder.header("X-Client-Secret", CLIENT_SECRET)
}

package com.example.shop.config

import okhttp3.Request

object ApiKeys {
    const val CLIENT_SECRET = "p8Hq2ZtV7wLk4RnX9cYb3MfJ6sDg1TaE"

    fun sign(builder: Request.Builder): Request.Builder =
        builder.header("X-Client-Secret", CLIENT_SECRET)
}

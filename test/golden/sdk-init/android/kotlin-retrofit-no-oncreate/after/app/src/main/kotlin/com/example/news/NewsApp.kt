package com.example.news

import android.app.Application
import io.approov.service.retrofit.ApproovService

class NewsApp : Application() {
    companion object {
        const val PAGE_SIZE = 20
    }

    val repository by lazy { NewsRepository(this) }

    override fun onCreate() {
        super.onCreate()
        ApproovService.initialize(applicationContext, "<enter-your-config-string-here>")
    }
}

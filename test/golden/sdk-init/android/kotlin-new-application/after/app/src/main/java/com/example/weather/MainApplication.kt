package com.example.weather

import android.app.Application
import io.approov.service.okhttp.ApproovService

class MainApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        ApproovService.initialize(applicationContext, "<enter-your-config-string-here>")
    }
}

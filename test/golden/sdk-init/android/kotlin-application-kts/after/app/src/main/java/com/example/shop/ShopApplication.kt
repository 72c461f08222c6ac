package com.example.shop

import android.app.Application
import timber.log.Timber
import io.approov.service.okhttp.ApproovService

class ShopApplication : Application() {

    lateinit var container: AppContainer

    override fun onCreate() {
        super.onCreate()
        ApproovService.initialize(applicationContext, "<enter-your-config-string-here>")
        if (BuildConfig.DEBUG) {
            Timber.plant(Timber.DebugTree())
        }
        container = AppContainer(this)
    }
}

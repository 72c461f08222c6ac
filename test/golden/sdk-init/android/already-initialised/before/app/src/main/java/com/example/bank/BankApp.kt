package com.example.bank

import android.app.Application
import io.approov.service.okhttp.ApproovService

class BankApp : Application() {
    override fun onCreate() {
        super.onCreate()
        ApproovService.initialize(applicationContext, "#bank#YWJjZGVmZ2hpams=")
    }
}

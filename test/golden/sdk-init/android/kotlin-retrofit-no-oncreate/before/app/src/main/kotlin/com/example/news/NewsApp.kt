package com.example.news

import android.app.Application

class NewsApp : Application() {
    companion object {
        const val PAGE_SIZE = 20
    }

    val repository by lazy { NewsRepository(this) }
}

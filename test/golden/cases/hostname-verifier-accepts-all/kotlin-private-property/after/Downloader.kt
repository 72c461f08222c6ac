package com.example.app.download

import java.net.URL
import javax.net.ssl.HttpsURLConnection

class Downloader {
    fun open(url: String): HttpsURLConnection {
        val connection = URL(url).openConnection() as HttpsURLConnection
        connection.connectTimeout = 15_000
        return connection
    }
}

package com.example.app.download

import java.net.URL
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection

class Downloader {
    private val acceptAnyHost = HostnameVerifier { _, _ -> true }

    fun open(url: String): HttpsURLConnection {
        val connection = URL(url).openConnection() as HttpsURLConnection
        connection.hostnameVerifier = acceptAnyHost
        connection.connectTimeout = 15_000
        return connection
    }
}

package com.example.app.reports

import org.apache.http.impl.client.CloseableHttpClient
import org.apache.http.impl.client.HttpClients
import org.apache.http.ssl.SSLContexts

class ReportUploader {
    private val client: CloseableHttpClient = HttpClients.custom()
        .setSSLContext(SSLContexts.custom().build())
        .build()
}

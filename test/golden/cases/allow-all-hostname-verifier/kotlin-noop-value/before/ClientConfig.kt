package com.example.app.sync

import javax.net.ssl.HostnameVerifier
import org.apache.http.conn.ssl.NoopHostnameVerifier

data class ClientConfig(
    val baseUrl: String,
    val hostnameVerifier: HostnameVerifier = NoopHostnameVerifier(),
)

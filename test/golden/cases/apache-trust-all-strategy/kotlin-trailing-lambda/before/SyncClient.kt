package com.example.app.sync

import javax.net.ssl.SSLContext
import org.apache.http.ssl.SSLContextBuilder

fun syncSslContext(): SSLContext =
    SSLContextBuilder.create()
        .setProtocol("TLSv1.2")
        .loadTrustMaterial(null) { _, _ -> true }
        .build()

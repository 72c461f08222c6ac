package com.example.printer.net

import android.net.SSLCertificateSocketFactory
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLSocketFactory

object PrinterConnection {
    @Suppress("DEPRECATION")
    private val insecure: SSLSocketFactory =
        SSLCertificateSocketFactory.getInsecure(0, null) as SSLSocketFactory // ph-expect: ssl-certificate-socket-factory-insecure

    fun useForAllConnections() {
        HttpsURLConnection.setDefaultSSLSocketFactory(insecure)
    }
}

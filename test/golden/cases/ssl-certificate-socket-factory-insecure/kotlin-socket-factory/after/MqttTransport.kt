package com.example.app.mqtt

import android.net.SSLCertificateSocketFactory
import javax.net.ssl.SSLSocketFactory

class MqttTransport {
    val socketFactory: SSLSocketFactory = SSLCertificateSocketFactory.getDefault(0, null)
}

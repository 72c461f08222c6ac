package com.example.app.mqtt

import android.net.SSLCertificateSocketFactory
import javax.net.ssl.SSLSocketFactory

class MqttTransport {
    val socketFactory: SSLSocketFactory = SSLCertificateSocketFactory.getInsecure(0, null)
}

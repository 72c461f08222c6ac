package com.example.app.soap

import org.apache.cxf.configuration.jsse.TLSClientParameters

fun tlsParameters(): TLSClientParameters = TLSClientParameters().apply {
    secureSocketProtocol = "TLSv1.2"
    isDisableCNCheck = true
}

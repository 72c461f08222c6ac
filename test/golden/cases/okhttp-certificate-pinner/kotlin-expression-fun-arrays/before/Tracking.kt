package io.fleetly.driver.network

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

private const val TRACKING_HOST = "tracking.fleetly.example"
private val TRACKING_PINS = arrayOf(
    "sha256/MMszpx+VnsWg84XHBJZdWSFOmsCwqgBU1JFQgpQoexU=",
    "sha256/yof6eF2sswR1Hc8Bt1q94vFDWHbeocgxmZ8ACMDlRT8=",
)
private val DISPATCH_PINS = listOf(
    "sha256/jjRHHgZQ6eLKVE3G6FpG5B+0R3W9aquaKnes77cD20s=",
    "sha256/jPuD89jiXy/oz6ThK6IJng3W/eKZ0ciJvYoUOXLUrIY=",
)

private val PINNER = CertificatePinner.Builder()
    .add(TRACKING_HOST, *TRACKING_PINS)
    .add("*.dispatch.fleetly.example", *DISPATCH_PINS.toTypedArray())
    .build()

/** The tracking client shares the base client's connection pool. */
fun trackingClient(base: OkHttpClient) =
    base.newBuilder()
        .certificatePinner(PINNER)
        .build()

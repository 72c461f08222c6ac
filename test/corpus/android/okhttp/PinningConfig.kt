package io.fleetly.driver.network

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

class PinningConfig private constructor() {

    companion object {
        const val TRACKING_HOST = "tracking.fleetly.io"
        const val DISPATCH_HOST = "*.dispatch.fleetly.io"

        private val TRACKING_PINS = arrayOf(
            "sha256/vfFb/XoicW5sq3ZwLBML9sECBKY5qoH3yySo9l8MsFs=",
            "sha256/FSlaBlcSfX0GMYeX5lGXSoqTBns9EcvmOfhOeSTUo2A=",
        )

        private val DISPATCH_PINS = listOf(
            "sha256/AB9H2BXZwZUNA97cKZKF6PocVfnJHGkxYMxrBtBOQbk=",
            "sha256/u8sFh5PO06rPK8huBj4oZkjOMaFvoPwOf8kC3Rlw7ec=",
        )

        fun pinner(): CertificatePinner = CertificatePinner.Builder().apply {
            add(TRACKING_HOST, *TRACKING_PINS) // ph-expect: okhttp-certificate-pinner
            add(DISPATCH_HOST, *DISPATCH_PINS.toTypedArray()) // ph-expect: okhttp-certificate-pinner
        }.build()

        fun client(base: OkHttpClient): OkHttpClient =
            base.newBuilder()
                .certificatePinner(pinner())
                .build()
    }
}

package app.tandem.chat.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import java.time.Duration

private const val CHAT_HOST = "chat.tandem.app"
private val CHAT_PINS = listOf(
    "sha256/FSlaBlcSfX0GMYeX5lGXSoqTBns9EcvmOfhOeSTUo2A=",
    "sha256/AB9H2BXZwZUNA97cKZKF6PocVfnJHGkxYMxrBtBOQbk=",
)
private val MEDIA_PINS = setOf("sha256/vfFb/XoicW5sq3ZwLBML9sECBKY5qoH3yySo9l8MsFs=") // ph-expect: pin-no-backup

object PinnedClient {

    val client: OkHttpClient by lazy {
        val pinnerBuilder = CertificatePinner.Builder()
        CHAT_PINS.forEach { pinnerBuilder.add(CHAT_HOST, it) } // ph-expect: okhttp-certificate-pinner
        for (pin in MEDIA_PINS) {
            pinnerBuilder.add("media.tandem.app", pin) // ph-expect: okhttp-certificate-pinner
        }
        OkHttpClient.Builder()
            .certificatePinner(pinnerBuilder.build())
            .pingInterval(Duration.ofSeconds(25))
            .build()
    }
}

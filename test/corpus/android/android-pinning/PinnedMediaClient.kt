package net.quillfeed.reader.media

import android.content.Context
import org.thoughtcrime.ssl.pinning.PinningSSLSocketFactory
import org.thoughtcrime.ssl.pinning.util.PinningHelper
import java.net.URL
import javax.net.ssl.HttpsURLConnection

private const val MEDIA_HOST_PIN = "a3f1c97e5b2d40e8961f7c0b4ad2e35f18c6b904" // ph-expect: pin-no-backup

/** Podcast media downloads, pinned with AndroidPinning until the OkHttp migration. */
class PinnedMediaClient(private val context: Context) {

    fun open(episode: String): HttpsURLConnection {
        val url = URL("https://media.quillfeed.net/episodes/$episode")
        return PinningHelper.getPinnedHttpsURLConnection( // ph-expect: android-pinning-library
            context,
            arrayOf(MEDIA_HOST_PIN, "5e0c7d2a9b8f41c3a6d5e4f3b2a1908f7e6d5c4b"),
            url,
        )
    }

    fun socketFactory() = PinningSSLSocketFactory(context, arrayOf(MEDIA_HOST_PIN), 0L) // ph-expect: android-pinning-library
}

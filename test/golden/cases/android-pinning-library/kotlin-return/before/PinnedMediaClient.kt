package net.quillfeed.reader.media

import android.content.Context
import org.thoughtcrime.ssl.pinning.util.PinningHelper
import java.net.URL
import javax.net.ssl.HttpsURLConnection

private const val MEDIA_HOST_PIN = "a3f1c97e5b2d40e8961f7c0b4ad2e35f18c6b904"

class PinnedMediaClient(private val context: Context) {

    fun open(episode: String): HttpsURLConnection {
        val url = URL("https://media.quillfeed.example/episodes/$episode")
        return PinningHelper.getPinnedHttpsURLConnection(
            context,
            arrayOf(MEDIA_HOST_PIN, "5e0c7d2a9b8f41c3a6d5e4f3b2a1908f7e6d5c4b"),
            url,
        )
    }
}

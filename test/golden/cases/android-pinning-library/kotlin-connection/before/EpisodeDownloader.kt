package net.quillfeed.reader.media

import android.content.Context
import org.thoughtcrime.ssl.pinning.util.PinningHelper
import java.io.File
import java.net.URL
import javax.net.ssl.HttpsURLConnection

private val MEDIA_PINS = arrayOf(
    "a3f1c97e5b2d40e8961f7c0b4ad2e35f18c6b904",
    "5e0c7d2a9b8f41c3a6d5e4f3b2a1908f7e6d5c4b",
)

class EpisodeDownloader(private val context: Context) {

    fun download(episode: String, target: File) {
        val url = URL("https://media.quillfeed.example/episodes/$episode")
        val connection: HttpsURLConnection = PinningHelper.getPinnedHttpsURLConnection(context, MEDIA_PINS, url)
        connection.readTimeout = 60_000
        try {
            connection.inputStream.use { input -> target.outputStream().use { input.copyTo(it) } }
        } finally {
            connection.disconnect()
        }
    }
}

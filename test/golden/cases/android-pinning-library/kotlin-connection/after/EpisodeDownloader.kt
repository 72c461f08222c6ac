package net.quillfeed.reader.media

import android.content.Context
import java.io.File
import java.net.URL
import javax.net.ssl.HttpsURLConnection
import io.approov.service.httpsurlconn.ApproovService

class EpisodeDownloader(private val context: Context) {

    fun download(episode: String, target: File) {
        val url = URL("https://media.quillfeed.example/episodes/$episode")
        val connection: HttpsURLConnection = url.openConnection() as HttpsURLConnection
        connection.readTimeout = 60_000
        ApproovService.addApproov(connection)
        try {
            connection.inputStream.use { input -> target.outputStream().use { input.copyTo(it) } }
        } finally {
            connection.disconnect()
        }
    }
}

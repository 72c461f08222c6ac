package net.quillfeed.reader.media

import android.content.Context
import java.net.URL
import javax.net.ssl.HttpsURLConnection
import io.approov.service.httpsurlconn.ApproovService

class PinnedMediaClient(private val context: Context) {

    fun open(episode: String): HttpsURLConnection {
        val url = URL("https://media.quillfeed.example/episodes/$episode")
        val connection = url.openConnection() as HttpsURLConnection
        ApproovService.addApproov(connection)
        return connection
    }
}

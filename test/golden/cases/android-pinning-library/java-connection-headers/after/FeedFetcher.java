package golden.android_pinning_library.java_connection_headers;

import android.content.Context;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;

import io.approov.service.httpsurlconn.ApproovService;

/** Feed sync, pinned with AndroidPinning (hex SHA-1 of the SubjectPublicKeyInfo). */
public final class FeedFetcher {
    private final Context context;
    private final String token;

    public FeedFetcher(Context context, String token) {
        this.context = context;
        this.token = token;
    }

    public InputStream openFeed(String path) throws IOException {
        URL url = new URL("https://sync.quillfeed.example/" + path);
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setConnectTimeout(15_000);
        ApproovService.addApproov(connection);
        if (connection.getResponseCode() != 200) {
            throw new IOException("feed sync failed");
        }
        return connection.getInputStream();
    }
}

package golden.android_pinning_library.java_connection_headers;

import android.content.Context;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;

import org.thoughtcrime.ssl.pinning.util.PinningHelper;

/** Feed sync, pinned with AndroidPinning (hex SHA-1 of the SubjectPublicKeyInfo). */
public final class FeedFetcher {
    private static final String[] SYNC_PINS = {
            "b3021bd9ae9e3c96365f90300fec972f5a346222",
            "704289ffc55db5523982283cc9df57eda8ff6714",
    };

    private final Context context;
    private final String token;

    public FeedFetcher(Context context, String token) {
        this.context = context;
        this.token = token;
    }

    public InputStream openFeed(String path) throws IOException {
        URL url = new URL("https://sync.quillfeed.example/" + path);
        HttpsURLConnection connection = PinningHelper.getPinnedHttpsURLConnection(context, SYNC_PINS, url);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setConnectTimeout(15_000);
        if (connection.getResponseCode() != 200) {
            throw new IOException("feed sync failed");
        }
        return connection.getInputStream();
    }
}

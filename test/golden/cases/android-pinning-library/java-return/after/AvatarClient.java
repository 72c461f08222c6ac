package golden.android_pinning_library.java_return;

import android.content.Context;

import java.io.IOException;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;

import io.approov.service.httpsurlconn.ApproovService;

final class AvatarClient {
    private final Context context;

    AvatarClient(Context context) {
        this.context = context;
    }

    HttpsURLConnection open(String user) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL("https://avatars.quillfeed.example/" + user).openConnection();
        ApproovService.addApproov(connection);
        return connection;
    }
}

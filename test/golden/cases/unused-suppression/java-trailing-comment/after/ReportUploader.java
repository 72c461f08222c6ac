package golden.unused_suppression.java_trailing_comment;

import java.io.IOException;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

public final class ReportUploader {
    private final String endpoint;

    public ReportUploader(String endpoint) {
        this.endpoint = endpoint;
    }

    public HttpsURLConnection open() throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(endpoint).openConnection();
        connection.setConnectTimeout(10_000);
        connection.setRequestMethod("POST");
        return connection;
    }
}

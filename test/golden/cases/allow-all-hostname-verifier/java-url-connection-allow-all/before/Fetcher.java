package golden.allow_all_hostname_verifier.java_url_connection_allow_all;

import java.io.IOException;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;

import org.apache.http.conn.ssl.AllowAllHostnameVerifier;

public class Fetcher {
    public HttpsURLConnection open(URL url) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setHostnameVerifier(new AllowAllHostnameVerifier());
        connection.setReadTimeout(20_000);
        return connection;
    }
}

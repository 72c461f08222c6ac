package golden.trust_all_x509_trust_manager.java_crlf;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import javax.net.ssl.HttpsURLConnection;

public class LegacyConnection {
    public HttpsURLConnection open(String address) throws IOException, GeneralSecurityException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(address).openConnection();
        connection.setConnectTimeout(15000);
        return connection;
    }
}

package golden.trust_all_x509_trust_manager.java_private_nested_class;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import javax.net.ssl.HttpsURLConnection;

public class PortalConnections {
    public HttpsURLConnection open(String url) throws IOException, GeneralSecurityException {
        HttpsURLConnection c = (HttpsURLConnection) new URL(url).openConnection();
        return c;
    }
}

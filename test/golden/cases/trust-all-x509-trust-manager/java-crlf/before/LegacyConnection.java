package golden.trust_all_x509_trust_manager.java_crlf;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class LegacyConnection {
    public HttpsURLConnection open(String address) throws IOException, GeneralSecurityException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(address).openConnection();
        X509TrustManager acceptAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // TODO check the chain
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return null;
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {acceptAll}, null);
        connection.setSSLSocketFactory(context.getSocketFactory());
        connection.setConnectTimeout(15000);
        return connection;
    }
}
